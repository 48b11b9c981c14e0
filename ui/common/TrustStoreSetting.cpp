#include "common/TrustStoreSetting.h"

#include <QSettings>

namespace Tepat {

namespace {

const QString key = QStringLiteral("sign/trustStore");

} // namespace

QString TrustStoreSetting::path()
{
    return QSettings().value(key).toString();
}

void TrustStoreSetting::setPath(const QString &path)
{
    QSettings().setValue(key, path.trimmed());
}

} // namespace Tepat
