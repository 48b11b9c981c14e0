#pragma once

#include "model/PkDocument.h"

#include <QObject>

#include <functional>

class QAction;
class QMenu;
class QTreeView;

namespace Tepat {

class WindowContext;

// The Edit menu and the cascade tree's context menu: Undo and Redo, add an indicator, a sub-item,
// an OPD or a PK, delete, move up and down, duplicate a PK for the next year, comment. Each acts
// on the node selected in the tree through the document's edits (one undo step each) and selects
// what it added. A new OPD comes after the selected one; a new PK asks whose, which level and
// which year. Deleting an OPD or a PK that holds anything asks first.
class EditActions : public QObject
{
    Q_OBJECT

public:
    // Asked before content is deleted; true goes ahead. Tests replace it so no dialog blocks them.
    using ConfirmPrompt = std::function<bool(const QString &question)>;

    EditActions(WindowContext *context, QTreeView *tree);

    // Fills the Edit menu and gives the tree its context menu.
    void addTo(QMenu *menu);
    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }
    QAction *addIndicatorAction() const { return m_addIndicator; }
    QAction *deleteAction() const { return m_delete; }
    // Enabled for items, indicators and PKs; the window connects it to the comments dock.
    QAction *commentAction() const { return m_comment; }
    void setConfirmPrompt(ConfirmPrompt prompt) { m_confirm = std::move(prompt); }

    // Each selects what it added and returns its id (0 when nothing was added).
    qint64 addOpd();
    qint64 addPk(qint64 opdId, PkDocument::Level level, int year);
    // Deletes an OPD or a PK, asking first when it holds anything; false when the user declined
    // or the id is neither.
    bool removeOpdOrPk(qint64 id);
    // The OPD of the selected node (the OPD itself, its Renstra, a PK or an item in them).
    qint64 currentOpd() const;

private:
    void addIndicator();
    void addChildItem();
    void askForPk();
    void deleteSelected();
    void moveSelected(int delta);
    void duplicatePk();
    void followDocument();
    void updateActions();
    qint64 selectedId() const;

    WindowContext *m_context;
    QTreeView *m_tree;
    QAction *m_undo;
    QAction *m_redo;
    QAction *m_addIndicator;
    QAction *m_addItem;
    QAction *m_addOpd;
    QAction *m_addPk;
    QAction *m_delete;
    QAction *m_moveUp;
    QAction *m_moveDown;
    QAction *m_duplicatePk;
    QAction *m_comment;
    ConfirmPrompt m_confirm;
};

} // namespace Tepat
