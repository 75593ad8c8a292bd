#pragma once

#include <QByteArray>
#include <optional>

namespace hookmail {

// What Hookmail's private libjsonnet asks its host for (third_party/jsonnet/patches: jsonnet_hookmail_set_host):
// std.parseYaml as Ory's go-jsonnet does it (sigs.k8s.io/yaml over go-yaml v2: YAML 1.1 scalars, several
// documents give an array) and the SHA digests. Installed once per process by JsonnetEngine.
void installEngineHost();

// YAML text -> JSON text, or nullopt with `error` set. Public for the unit tests.
std::optional<QByteArray> yamlToJson(const QByteArray &yaml, QByteArray *error);

} // namespace hookmail
