#include "window/MainToolBar.h"

#include "common/PaletteIconEngine.h"

#include <QAction>
#include <QFile>
#include <QSettings>

namespace Tepat {

namespace {

const QString visibleKey = QStringLiteral("ui/toolbar");

// "&Save" with Ctrl+S becomes "Save (Ctrl+S)".
QString toolTipOf(const QAction *action)
{
    QString text = action->text();
    text.remove(QLatin1Char('&'));
    if (text.endsWith(QStringLiteral("…")))
        text.chop(1);
    if (action->shortcut().isEmpty())
        return text;
    return QStringLiteral("%1 (%2)").arg(text,
                                         action->shortcut().toString(QKeySequence::NativeText));
}

} // namespace

MainToolBar::MainToolBar(const QList<Entry> &entries, QWidget *parent)
    : QToolBar(tr("Toolbar"), parent)
{
    setObjectName(QStringLiteral("mainToolBar"));
    setMovable(false);
    setToolButtonStyle(Qt::ToolButtonIconOnly);
    for (const Entry &entry : entries) {
        if (!entry.action) {
            addSeparator();
            continue;
        }
        entry.action->setIcon(icon(QLatin1String(entry.icon)));
        addAction(entry.action);
        const auto updateTip = [action = entry.action] { action->setToolTip(toolTipOf(action)); };
        updateTip();
        // Undo and Redo change their text with the step they would take.
        connect(entry.action, &QAction::changed, this, updateTip);
    }
    QAction *toggle = toggleViewAction();
    toggle->setText(tr("&Toolbar"));
    setVisible(QSettings().value(visibleKey, true).toBool());
    connect(toggle, &QAction::triggered, this, [](bool visible) {
        QSettings().setValue(visibleKey, visible);
    });
}

QIcon MainToolBar::icon(const QString &name)
{
    QFile file(QStringLiteral(":/icons/%1.svg").arg(name));
    if (!file.open(QIODevice::ReadOnly))
        return QIcon::fromTheme(name);
    return QIcon::fromTheme(name, QIcon(new PaletteIconEngine(file.readAll())));
}

} // namespace Tepat
