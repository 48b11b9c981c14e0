#pragma once

#include "model/Cascade.h"

#include <QString>

class QTemporaryDir;
class QWidget;

namespace Tepat::UiTestSupport {

// Shows the window and makes it the active one, so that shortcuts reach it as they would a
// user's.
void showActive(QWidget *window);
// A writable copy of the sample workspace in dir.
QString copySample(const QTemporaryDir &dir);
// The first indicator of the first PK sasaran of the first OPD PK with at least two indicators.
struct PkPick
{
    qint64 pkId = 0;
    qint64 first = 0;
    qint64 second = 0;
};
PkPick pickPk(const Cascade &cascade);
// Messages of type warning and above while the guard lives.
class WarningCatcher
{
public:
    WarningCatcher();
    ~WarningCatcher();
    QStringList warnings() const;

private:
    QtMessageHandler m_previous;
};

} // namespace Tepat::UiTestSupport
