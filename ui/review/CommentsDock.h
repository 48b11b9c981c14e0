#pragma once

#include <QDockWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace Tepat {

class CommentsModel;
class WorkspaceDocument;

// The reviewer comments of the workspace: the list (tick a row to mark it resolved; activating a
// row selects its item) and a field to write a new comment on the item selected in the tree,
// signed with the reviewer's name from the settings.
class CommentsDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit CommentsDock(QWidget *parent = nullptr);

    void setDocument(WorkspaceDocument *document);
    // The item a new comment attaches to; 0 when nothing that can carry one is selected.
    void setCurrentObject(qint64 objectId, const QString &label);
    void setAuthor(const QString &author) { m_author = author; }
    // Attaches the text as a comment on the current object; returns the new comment's id or 0.
    qint64 addComment(const QString &text);
    void focusInput();

    CommentsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *input() const { return m_input; }

signals:
    void objectActivated(qint64 objectId);

private:
    void updateTitle();

    WorkspaceDocument *m_document = nullptr;
    CommentsModel *m_model;
    QTableView *m_view;
    QLabel *m_target;
    QLineEdit *m_input;
    QPushButton *m_add;
    QPushButton *m_delete;
    qint64 m_objectId = 0;
    QString m_author;
};

} // namespace Tepat
