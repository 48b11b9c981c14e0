#include "window/StructureActions.h"

#include "document/WorkspaceDocument.h"
#include "document/commands/AddOpdCommand.h"
#include "document/commands/AddPkCommand.h"
#include "document/commands/RemoveOpdCommand.h"
#include "document/commands/RemovePkCommand.h"
#include "editors/OpdEditor.h"
#include "model/PkDraft.h"
#include "window/CascadeTreeModel.h"
#include "window/MainWindow.h"
#include "window/NewPkDialog.h"

#include <QAction>
#include <QLineEdit>
#include <QMessageBox>
#include <QTreeView>
#include <QUndoStack>

#include <algorithm>

namespace Tepat {

StructureActions::StructureActions(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_addOpd(new QAction(tr("Add &OPD"), this))
    , m_addPk(new QAction(tr("Add &PK…"), this))
{
    m_addOpd->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_addPk->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    connect(m_addOpd, &QAction::triggered, this, &StructureActions::addOpd);
    connect(m_addPk, &QAction::triggered, this, &StructureActions::askForPk);
    m_confirm = [this](const QString &question) {
        return QMessageBox::question(m_window,
                                     tr("Delete"),
                                     question,
                                     QMessageBox::Yes | QMessageBox::Cancel,
                                     QMessageBox::Cancel)
            == QMessageBox::Yes;
    };
}

qint64 StructureActions::currentOpd() const
{
    QModelIndex index = m_window->treeView()->currentIndex();
    while (index.isValid()) {
        const auto type
            = CascadeTreeModel::NodeType(index.data(CascadeTreeModel::NodeTypeRole).toInt());
        if (type == CascadeTreeModel::NodeType::Opd)
            return index.data(CascadeTreeModel::ObjectIdRole).toLongLong();
        index = index.parent();
    }
    return 0;
}

qint64 StructureActions::addOpd()
{
    WorkspaceDocument *document = m_window->document();
    if (!document)
        return 0;
    const QList<Opd> &opds = document->cascade().opds();
    int position = -1;
    for (int i = 0; i < opds.size(); ++i) {
        if (opds[i].id == currentOpd())
            position = i + 1;
    }
    Opd opd;
    opd.id = document->allocateId();
    opd.name = tr("New OPD");
    document->undoStack()->push(new AddOpdCommand(document, opd, position));
    m_window->treeView()->setCurrentIndex(
        m_window->treeModel()->indexOf(opd.id, CascadeTreeModel::NodeType::Opd));
    // The placeholder name is selected, so typing replaces it.
    m_window->opdEditor()->nameEdit()->setFocus(Qt::OtherFocusReason);
    m_window->opdEditor()->nameEdit()->selectAll();
    return opd.id;
}

void StructureActions::askForPk()
{
    WorkspaceDocument *document = m_window->document();
    if (!document)
        return;
    NewPkDialog dialog(document->cascade(), currentOpd(), m_window);
    if (dialog.exec() == QDialog::Accepted)
        addPk(dialog.opdId(), dialog.level(), dialog.year());
}

qint64 StructureActions::addPk(qint64 opdId, PkDocument::Level level, int year)
{
    WorkspaceDocument *document = m_window->document();
    if (!document)
        return 0;
    PkDocument pk = PkDraft::make(document->cascade(), opdId, level, year);
    pk.id = document->allocateId();
    document->undoStack()->push(new AddPkCommand(document, pk));
    if (!document->cascade().pk(pk.id))
        return 0;
    m_window->selectObject(pk.id);
    return pk.id;
}

bool StructureActions::remove(qint64 id)
{
    WorkspaceDocument *document = m_window->document();
    if (!document)
        return false;
    const Cascade &cascade = document->cascade();
    if (const Opd *opd = cascade.opd(id)) {
        const int pks = int(std::count_if(cascade.pks().cbegin(),
                                          cascade.pks().cend(),
                                          [id](const PkDocument &pk) { return pk.opdId == id; }));
        const int tujuan = int(cascade.childItems(id).size());
        if ((pks > 0 || tujuan > 0)
            && !m_confirm(tr("Delete %1 with its Renstra (%n tujuan) and %2? Undo brings all "
                             "of it back.",
                             nullptr,
                             tujuan)
                              .arg(opd->name, tr("%n PK(s)", nullptr, pks)))) {
            return false;
        }
        document->undoStack()->push(new RemoveOpdCommand(document, id));
        return true;
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
        document->undoStack()->push(new RemovePkCommand(document, id));
        return true;
    }
    return false;
}

void StructureActions::updateActions()
{
    const bool open = m_window->document() != nullptr;
    m_addOpd->setEnabled(open);
    m_addPk->setEnabled(open);
}

} // namespace Tepat
