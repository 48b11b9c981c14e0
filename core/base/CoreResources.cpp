#include "base/CoreResources.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QtGlobal>

// Q_INIT_RESOURCE declares a global function, so it must be expanded outside namespace Tepat.
static void initCoreDataResource()
{
    Q_INIT_RESOURCE(core_data);
}

namespace Tepat {

void initCoreResources()
{
    static const bool registered = (initCoreDataResource(), true);
    Q_UNUSED(registered);
}

QJsonObject readCoreJson(QStringView fileName)
{
    initCoreResources();
    QFile file(QStringLiteral(":/tepat/core/") + fileName.toString());
    const bool opened = file.open(QIODevice::ReadOnly);
    Q_ASSERT_X(opened, "Tepat::readCoreJson", "core data file missing from the resources");
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    Q_ASSERT_X(error.error == QJsonParseError::NoError && document.isObject(),
               "Tepat::readCoreJson",
               "core data file is not a JSON object");
    Q_UNUSED(opened);
    return document.object();
}

} // namespace Tepat
