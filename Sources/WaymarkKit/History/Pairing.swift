/// The items of two lists paired by id: those of the later list in its order (with the
/// earlier item of the same id, if any), then those only in the earlier list, in its
/// order. A repeated id (an error the validator reports) pairs its first item only.
func paired<T>(then: [T], now: [T], id: (T) -> String) -> [(then: T?, now: T?)] {
    var earlier: [String: T] = [:]
    for item in then where earlier[id(item)] == nil { earlier[id(item)] = item }
    var seen = Set<String>()
    var pairs: [(then: T?, now: T?)] = []
    for item in now where seen.insert(id(item)).inserted {
        pairs.append((earlier[id(item)], item))
    }
    for item in then where seen.insert(id(item)).inserted {
        pairs.append((item, nil))
    }
    return pairs
}

/// Sorts by a key's place in its `allCases`, keeping the input order among equals.
func stableSorted<T, K: CaseIterable & Equatable>(_ items: [T], by key: (T) -> K) -> [T] {
    let order = Array(K.allCases)
    return items.enumerated().sorted { a, b in
        let (ka, kb) = (order.firstIndex(of: key(a.element)) ?? 0, order.firstIndex(of: key(b.element)) ?? 0)
        return ka != kb ? ka < kb : a.offset < b.offset
    }.map(\.element)
}
