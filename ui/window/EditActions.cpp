#include "window/EditActions.h"

#include "common/WindowContext.h"
#include "document/WorkspaceDocument.h"
#include "document/WorkspaceEdits.h"
#include "window/CascadeTreeModel.h"
#include "window/NewPkDialog.h"

#include <QAction>
#include <QMenu>
#include <QMessageBox>
#include <QTreeView>
#include <QUndoStack>

namespace Tepat {

namespace {

CascadeTreeModel::NodeType typeOf(const QModelIndex &index)
{
    return CascadeTreeModel::NodeType(index.data(CascadeTreeModel::NodeTypeRole).toInt());
}

} // namespace

EditActions::EditActions(WindowContext *context, QTreeView *tree)
    : QObject(context)
    , m_context(context)
    , m_tree(tree)
    , m_undo(new QAction(tr("&Undo"), this))
    , m_redo(new QAction(tr("&Redo"), this))
    , m_addIndicator(new QAction(tr("Add &indicator"), this))
    , m_addItem(new QAction(tr("Add &sub-item"), this))
    , m_addOpd(new QAction(tr("Add &OPD"), this))
    , m_addPk(new QAction(tr("Add &PK…"), this))
    , m_delete(new QAction(tr("&Delete item"), this))
    , m_moveUp(new QAction(tr("Move u&p"), this))
    , m_moveDown(new QAction(tr("Move do&wn"), this))
    , m_duplicatePk(new QAction(tr("Du&plicate PK for next year"), this))
    , m_comment(new QAction(tr("&Comment on item"), this))
{
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo->setShortcuts({QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::Key_Y)});
    m_addIndicator->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_addItem->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_addOpd->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_addPk->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    // These keys act on the tree only: in a table, Delete and Alt+arrows belong to the table.
    m_delete->setShortcut(QKeySequence::Delete);
    m_moveUp->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    m_moveDown->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    for (QAction *treeOnly : {m_delete, m_moveUp, m_moveDown})
        treeOnly->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_duplicatePk->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_comment->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_M));

    connect(m_addIndicator, &QAction::triggered, this, &EditActions::addIndicator);
    connect(m_addItem, &QAction::triggered, this, &EditActions::addChildItem);
    connect(m_addOpd, &QAction::triggered, this, &EditActions::addOpd);
    connect(m_addPk, &QAction::triggered, this, &EditActions::askForPk);
    connect(m_delete, &QAction::triggered, this, &EditActions::deleteSelected);
    connect(m_moveUp, &QAction::triggered, this, [this] { moveSelected(-1); });
    connect(m_moveDown, &QAction::triggered, this, [this] { moveSelected(+1); });
    connect(m_duplicatePk, &QAction::triggered, this, &EditActions::duplicatePk);
    m_confirm = [this](const QString &question) {
        return QMessageBox::question(m_context->window(),
                                     tr("Delete"),
                                     question,
                                     QMessageBox::Yes | QMessageBox::Cancel,
                                     QMessageBox::Cancel)
            == QMessageBox::Yes;
    };

    connect(context, &WindowContext::documentAboutToChange, this, [this] {
        WorkspaceDocument *document = m_context->document();
        if (!document)
            return;
        QUndoStack *stack = document->undoStack();
        for (QObject *action : {m_undo, m_redo}) {
            disconnect(stack, nullptr, action, nullptr);
            disconnect(action, nullptr, stack, nullptr);
        }
        disconnect(stack, nullptr, this, nullptr);
    });
    connect(context, &WindowContext::documentChanged, this, &EditActions::followDocument);
    // A new document resets the tree without moving its current index: follow the reset too.
    connect(m_tree->model(), &QAbstractItemModel::modelReset, this, &EditActions::updateActions);
    connect(m_tree->selectionModel(),
            &QItemSelectionModel::currentChanged,
            this,
            &EditActions::updateActions);
    updateActions();
}

void EditActions::addTo(QMenu *menu)
{
    menu->addAction(m_undo);
    menu->addAction(m_redo);
    menu->addSeparator();
    menu->addActions({m_addIndicator, m_addItem, m_addOpd, m_addPk});
    menu->addActions({m_delete, m_moveUp, m_moveDown, m_duplicatePk});
    menu->addSeparator();
    menu->addAction(m_comment);
    m_tree->addActions(
        {m_addIndicator, m_addItem, m_addOpd, m_addPk, m_delete, m_moveUp, m_moveDown, m_comment});
}

void EditActions::followDocument()
{
    updateActions();
    WorkspaceDocument *document = m_context->document();
    if (!document)
        return;
    QUndoStack *stack = document->undoStack();
    connect(m_undo, &QAction::triggered, stack, &QUndoStack::undo);
    connect(m_redo, &QAction::triggered, stack, &QUndoStack::redo);
    connect(stack, &QUndoStack::canUndoChanged, m_undo, &QAction::setEnabled);
    connect(stack, &QUndoStack::canRedoChanged, m_redo, &QAction::setEnabled);
    const auto showUndoText = [this](const QString &text) {
        m_undo->setText(text.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(text));
    };
    const auto showRedoText = [this](const QString &text) {
        m_redo->setText(text.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(text));
    };
    connect(stack, &QUndoStack::undoTextChanged, this, showUndoText);
    connect(stack, &QUndoStack::redoTextChanged, this, showRedoText);
    // A document handed over by LanguageSwitch comes with its history.
    m_undo->setEnabled(stack->canUndo());
    m_redo->setEnabled(stack->canRedo());
    showUndoText(stack->undoText());
    showRedoText(stack->redoText());
}

void EditActions::updateActions()
{
    const bool open = m_context->document() != nullptr;
    const QModelIndex current = m_tree->currentIndex();
    const CascadeTreeModel::NodeType type = typeOf(current);
    const bool item = current.isValid() && type == CascadeTreeModel::NodeType::Item;
    const bool indicator = current.isValid() && type == CascadeTreeModel::NodeType::Indicator;
    const bool opdOrPk
        = type == CascadeTreeModel::NodeType::Opd || type == CascadeTreeModel::NodeType::Pk;
    m_addIndicator->setEnabled(open && (item || indicator));
    m_addItem->setEnabled(open && current.isValid() && type != CascadeTreeModel::NodeType::Opd);
    m_addOpd->setEnabled(open);
    m_addPk->setEnabled(open);
    m_delete->setEnabled(open && current.isValid() && (item || indicator || opdOrPk));
    m_moveUp->setEnabled(open && (item || indicator));
    m_moveDown->setEnabled(open && (item || indicator));
    m_comment->setEnabled(open && (item || indicator || type == CascadeTreeModel::NodeType::Pk));
}

qint64 EditActions::selectedId() const
{
    return m_tree->currentIndex().data(CascadeTreeModel::ObjectIdRole).toLongLong();
}

qint64 EditActions::currentOpd() const
{
    const WorkspaceDocument *document = m_context->document();
    return document ? document->cascade().opdOf(selectedId()) : 0;
}

void EditActions::addIndicator()
{
    WorkspaceDocument *document = m_context->document();
    if (!document)
        return;
    const qint64 id = document->edits().addIndicatorAfter(selectedId());
    if (id && m_context->selectObject(id))
        m_context->focusField(QStringLiteral("text"));
}

void EditActions::addChildItem()
{
    WorkspaceDocument *document = m_context->document();
    const QModelIndex current = m_tree->currentIndex();
    const CascadeTreeModel::NodeType type = typeOf(current);
    // An OPD holds its Renstra and its PKs: sub-items go under one of those.
    if (!document || !current.isValid() || type == CascadeTreeModel::NodeType::Opd
        || type == CascadeTreeModel::NodeType::Indicator) {
        return;
    }
    const Cascade &cascade = document->cascade();
    const qint64 parentId = selectedId();
    const qint64 id = document->edits().addChildItem(parentId);
    if (!id) {
        const PlanItem *parent = cascade.item(parentId);
        m_context->showMessage(tr("A %1 has no sub-items; add an indicator instead.")
                                   .arg(parent ? PlanItem::displayName(parent->kind) : QString()),
                               5000);
        return;
    }
    if (m_context->selectObject(id))
        m_context->focusField(QStringLiteral("name"));
}

qint64 EditActions::addOpd()
{
    WorkspaceDocument *document = m_context->document();
    if (!document)
        return 0;
    const qint64 id = document->edits().addOpd(tr("New OPD"), currentOpd());
    // The placeholder name is selected, so typing replaces it.
    if (m_context->selectObject(id))
        m_context->focusField(QStringLiteral("name"));
    return id;
}

void EditActions::askForPk()
{
    WorkspaceDocument *document = m_context->document();
    if (!document)
        return;
    NewPkDialog dialog(document->cascade(), currentOpd(), m_context->window());
    if (dialog.exec() == QDialog::Accepted)
        addPk(dialog.opdId(), dialog.level(), dialog.year());
}

qint64 EditActions::addPk(qint64 opdId, PkDocument::Level level, int year)
{
    WorkspaceDocument *document = m_context->document();
    if (!document)
        return 0;
    const qint64 id = document->edits().addPk(opdId, level, year);
    if (id)
        m_context->selectObject(id);
    return id;
}

bool EditActions::removeOpdOrPk(qint64 id)
{
    WorkspaceDocument *document = m_context->document();
    if (!document)
        return false;
    const Cascade &cascade = document->cascade();
    if (const Opd *opd = cascade.opd(id)) {
        const int pks = int(cascade.pksOf(id).size());
        const int tujuan = int(cascade.childItems(id).size());
        if ((pks > 0 || tujuan > 0)
            && !m_confirm(tr("Delete %1 with its Renstra (%n tujuan) and %2? Undo brings all "
                             "of it back.",
                             nullptr,
                             tujuan)
                              .arg(opd->name, tr("%n PK(s)", nullptr, pks)))) {
            return false;
        }
        return document->edits().removeObject(id);
    }
    if (const PkDocument *pk = cascade.pk(id)) {
        const int sasaran = int(cascade.childItems(id).size());
        if (sasaran > 0
            && !m_confirm(tr("Delete PK %1 with its %n sasaran? Undo brings all of it back.",
                             nullptr,
                             sasaran)
                              .arg(pk->year))) {
            return false;
        }
        return document->edits().removeObject(id);
    }
    return false;
}

void EditActions::deleteSelected()
{
    WorkspaceDocument *document = m_context->document();
    if (!document)
        return;
    const qint64 id = selectedId();
    const Cascade &cascade = document->cascade();
    if (cascade.indicator(id) || cascade.item(id))
        document->edits().removeObject(id);
    else if (typeOf(m_tree->currentIndex()) != CascadeTreeModel::NodeType::Renstra)
        removeOpdOrPk(id); // the Renstra node carries its OPD's id, but is no OPD to delete
}

void EditActions::moveSelected(int delta)
{
    WorkspaceDocument *document = m_context->document();
    if (!document)
        return;
    const qint64 id = selectedId();
    document->edits().moveObject(id, delta);
    m_context->selectObject(id);
}

void EditActions::duplicatePk()
{
    WorkspaceDocument *document = m_context->document();
    if (!document)
        return;
    if (const qint64 id = document->edits().duplicatePk(selectedId()))
        m_context->selectObject(id);
}

} // namespace Tepat
