// The system libyaml (libyaml-dev / brew install libyaml), read through its event API.
#include <yaml.h>
