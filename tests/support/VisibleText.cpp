#include "support/VisibleText.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTabBar>
#include <QTableView>
#include <QTextDocumentFragment>
#include <QTextEdit>
#include <QToolBar>
#include <QTreeView>

namespace Tepat::VisibleText {

namespace {

// What Qt draws for a text with mnemonics: "&&" is an ampersand, "&x" an underlined x.
QString withoutMnemonics(const QString &text)
{
    QString shown;
    shown.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'&' && i + 1 < text.size())
            ++i;
        shown.append(text[i]);
    }
    return shown;
}

QString asPlain(const QString &text, Qt::TextFormat format)
{
    const bool rich
        = format == Qt::RichText || (format == Qt::AutoText && Qt::mightBeRichText(text));
    return rich ? QTextDocumentFragment::fromHtml(text).toPlainText() : text;
}

void add(QList<Shown> &shown, const QString &where, const QString &text)
{
    if (!text.trimmed().isEmpty())
        shown.append({where, text});
}

void addActions(QList<Shown> &shown, const QList<QAction *> &actions, const QString &where)
{
    for (const QAction *action : actions) {
        if (!action->isVisible() || action->isSeparator())
            continue;
        const QString text = withoutMnemonics(action->text());
        const QString place = where + u'/' + (text.isEmpty() ? action->objectName() : text);
        add(shown, place, text);
        if (action->toolTip() != text)
            add(shown, place + QStringLiteral("[tooltip]"), action->toolTip());
        add(shown, place + QStringLiteral("[status tip]"), action->statusTip());
        if (const QMenu *menu = action->menu())
            shown += ofMenu(menu, place);
    }
}

void addHeaders(QList<Shown> &shown, const QAbstractItemView *view, const QString &where)
{
    const QAbstractItemModel *model = view->model();
    if (!model)
        return;
    const auto *tree = qobject_cast<const QTreeView *>(view);
    const auto *table = qobject_cast<const QTableView *>(view);
    const bool columns
        = (tree && !tree->isHeaderHidden()) || (table && table->horizontalHeader()->isVisible());
    if (columns) {
        for (int column = 0; column < model->columnCount(); ++column) {
            add(shown,
                where + QStringLiteral("[header]"),
                model->headerData(column, Qt::Horizontal).toString());
        }
    }
    if (table && table->verticalHeader()->isVisible()) {
        for (int row = 0; row < model->rowCount(); ++row)
            add(shown,
                where + QStringLiteral("[row header]"),
                model->headerData(row, Qt::Vertical).toString());
    }
}

// The tooltips an item shows on hover (a finding's fix, a PK's lock): the program's words around
// the user's names. Every item below parent, as far as a window shows in practice.
void addItemTooltips(QList<Shown> &shown,
                     const QAbstractItemModel *model,
                     const QModelIndex &parent,
                     const QString &where,
                     int &budget)
{
    for (int row = 0; row < model->rowCount(parent) && budget > 0; ++row) {
        for (int column = 0; column < model->columnCount(parent); ++column, --budget)
            add(shown, where, model->index(row, column, parent).data(Qt::ToolTipRole).toString());
        const QModelIndex first = model->index(row, 0, parent);
        if (model->hasChildren(first))
            addItemTooltips(shown, model, first, where, budget);
    }
}

void addWidget(QList<Shown> &shown, QWidget *widget)
{
    const QString where = path(widget);
    if (widget->isWindow())
        add(shown, where + QStringLiteral("[title]"), widget->windowTitle());
    if (!widget->isWindow() && !widget->toolTip().isEmpty())
        add(shown, where + QStringLiteral("[tooltip]"), asPlain(widget->toolTip(), Qt::AutoText));
    if (auto *label = qobject_cast<QLabel *>(widget)) {
        const QString text = asPlain(label->text(), label->textFormat());
        add(shown, where, label->buddy() ? withoutMnemonics(text) : text);
    } else if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
        add(shown, where, withoutMnemonics(button->text()));
    } else if (auto *group = qobject_cast<QGroupBox *>(widget)) {
        add(shown, where, withoutMnemonics(group->title()));
    } else if (auto *dock = qobject_cast<QDockWidget *>(widget)) {
        add(shown, where + QStringLiteral("[title]"), dock->windowTitle());
    } else if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
        for (int i = 0; i < tabs->count(); ++i) {
            add(shown, where + QStringLiteral("[tab]"), withoutMnemonics(tabs->tabText(i)));
            add(shown, where + QStringLiteral("[tab tooltip]"), tabs->tabToolTip(i));
        }
    } else if (auto *edit = qobject_cast<QLineEdit *>(widget)) {
        add(shown, where + QStringLiteral("[placeholder]"), edit->placeholderText());
    } else if (auto *text = qobject_cast<QTextEdit *>(widget)) {
        add(shown, where + QStringLiteral("[placeholder]"), text->placeholderText());
    } else if (auto *plain = qobject_cast<QPlainTextEdit *>(widget)) {
        add(shown, where + QStringLiteral("[placeholder]"), plain->placeholderText());
    } else if (auto *combo = qobject_cast<QComboBox *>(widget)) {
        add(shown, where + QStringLiteral("[placeholder]"), combo->placeholderText());
        // An editable combo box holds what the user typed or picked from the data.
        if (!combo->isEditable()) {
            for (int i = 0; i < combo->count(); ++i)
                add(shown, where + QStringLiteral("[choice]"), combo->itemText(i));
        }
    } else if (auto *view = qobject_cast<QAbstractItemView *>(widget)) {
        addHeaders(shown, view, where);
        if (view->model()) {
            int budget = 2000;
            addItemTooltips(shown,
                            view->model(),
                            view->rootIndex(),
                            where + QStringLiteral("[item tooltip]"),
                            budget);
        }
    } else if (auto *menuBar = qobject_cast<QMenuBar *>(widget)) {
        addActions(shown, menuBar->actions(), where);
    } else if (auto *toolBar = qobject_cast<QToolBar *>(widget)) {
        add(shown, where + QStringLiteral("[title]"), toolBar->windowTitle());
        addActions(shown, toolBar->actions(), where);
    }
    if (auto *spin = qobject_cast<QSpinBox *>(widget)) {
        add(shown, where + QStringLiteral("[prefix]"), spin->prefix());
        add(shown, where + QStringLiteral("[suffix]"), spin->suffix());
    } else if (auto *decimal = qobject_cast<QDoubleSpinBox *>(widget)) {
        add(shown, where + QStringLiteral("[prefix]"), decimal->prefix());
        add(shown, where + QStringLiteral("[suffix]"), decimal->suffix());
    }
    if (auto *spinBox = qobject_cast<QAbstractSpinBox *>(widget))
        add(shown, where + QStringLiteral("[special value]"), spinBox->specialValueText());
    if (widget->contextMenuPolicy() == Qt::ActionsContextMenu)
        addActions(shown, widget->actions(), where + QStringLiteral("[context menu]"));
}

} // namespace

QList<Shown> of(QWidget *top)
{
    QList<Shown> shown;
    if (!top->isVisible())
        return shown;
    addWidget(shown, top);
    for (QWidget *child : top->findChildren<QWidget *>()) {
        // Windows of their own (dialogs, menus) are read when they open, not as part of this one.
        if (child->isVisible() && !child->isWindow())
            addWidget(shown, child);
    }
    return shown;
}

QList<Shown> ofMenu(const QMenu *menu, const QString &where)
{
    QList<Shown> shown;
    addActions(shown, menu->actions(), where);
    return shown;
}

QString path(const QObject *object)
{
    QStringList parts;
    for (const QObject *at = object; at; at = at->parent()) {
        parts.prepend(at->objectName().isEmpty()
                          ? QString::fromLatin1(at->metaObject()->className())
                          : at->objectName());
        if (at->isWidgetType() && static_cast<const QWidget *>(at)->isWindow())
            break;
    }
    return parts.join(u'/');
}

} // namespace Tepat::VisibleText
