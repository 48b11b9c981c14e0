#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;

namespace Tepat {

class WorkspaceDocument;

// The line at the foot of review mode where the facilitator writes a comment on the finding the
// room is looking at, without leaving the projector for the comments dock. Enter keeps the
// comment (one undo step), Escape puts it away; while it is open every other key is the text's,
// so typing never walks the findings or leaves review mode.
class ReviewCommentBar : public QWidget
{
    Q_OBJECT

public:
    explicit ReviewCommentBar(WorkspaceDocument *document, QWidget *parent = nullptr);

    void setAuthor(const QString &author) { m_author = author; }
    // A new comment on the object.
    void startNew(qint64 objectId);
    // Edits the newest open comment on the object; false when it has none.
    bool startEdit(qint64 objectId);
    bool isOpen() const { return isVisible(); }
    QLineEdit *input() const { return m_input; }
    void setTextFont(const QFont &font);

signals:
    void finished();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void open(const QString &prompt, const QString &text);
    void keep();
    void close();

    WorkspaceDocument *m_document;
    QString m_author;
    qint64 m_objectId = 0;
    qint64 m_commentId = 0;
    QLabel *m_prompt;
    QLineEdit *m_input;
};

} // namespace Tepat
