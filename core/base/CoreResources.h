#pragma once

#include <QJsonObject>
#include <QStringView>

namespace Tepat {

// Registers the data files compiled into tepat-core (":/tepat/core/…"). A static library's
// resources are dropped by the linker unless something refers to them; this call is that
// reference. The loaders call it themselves, so users of tepat-core never need to.
void initCoreResources();

// The root object of a JSON file under core/data. The files are compiled in and checked by the
// tests, so a missing or malformed one is a build error: it asserts and returns an empty object.
QJsonObject readCoreJson(QStringView fileName);

} // namespace Tepat
