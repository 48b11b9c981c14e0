#include "review/ReviewCommentBar.h"

#include "document/WorkspaceDocument.h"
#include "document/WorkspaceEdits.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>

namespace Tepat {

ReviewCommentBar::ReviewCommentBar(WorkspaceDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_prompt(new QLabel(this))
    , m_input(new QLineEdit(this))
{
    m_prompt->setBuddy(m_input);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_prompt);
    layout->addWidget(m_input, 1);
    connect(m_input, &QLineEdit::returnPressed, this, &ReviewCommentBar::keep);
    hide();
}

void ReviewCommentBar::startNew(qint64 objectId)
{
    if (!objectId)
        return;
    m_objectId = objectId;
    m_commentId = 0;
    open(tr("New comment:"), {});
}

bool ReviewCommentBar::startEdit(qint64 objectId)
{
    const QList<ReviewComment> &comments = m_document->cascade().comments();
    for (auto comment = comments.crbegin(); comment != comments.crend(); ++comment) {
        if (comment->objectId == objectId && !comment->resolved) {
            m_objectId = objectId;
            m_commentId = comment->id;
            open(tr("Comment by %1:").arg(comment->author), comment->text);
            return true;
        }
    }
    return false;
}

void ReviewCommentBar::setTextFont(const QFont &font)
{
    m_prompt->setFont(font);
    m_input->setFont(font);
}

void ReviewCommentBar::open(const QString &prompt, const QString &text)
{
    m_prompt->setText(prompt);
    m_input->setText(text);
    show();
    m_input->setFocus(Qt::ShortcutFocusReason);
}

void ReviewCommentBar::keep()
{
    const QString text = m_input->text().trimmed();
    if (m_commentId) {
        const ReviewComment *comment = m_document->cascade().comment(m_commentId);
        if (comment && !text.isEmpty() && comment->text != text) {
            ReviewComment after = *comment;
            after.text = text;
            m_document->edits().editComment(
                after, QStringLiteral("text"), WorkspaceEdits::Merge::Never);
        }
    } else if (!text.isEmpty()) {
        m_document->edits().addComment(m_objectId, m_author, text);
    }
    close();
}

void ReviewCommentBar::close()
{
    hide();
    m_input->clear();
    emit finished();
}

void ReviewCommentBar::keyPressEvent(QKeyEvent *event)
{
    // Keys the line edit leaves (Escape, Up, Down, Page Up…) end here rather than in review mode.
    if (event->key() == Qt::Key_Escape)
        close();
    event->accept();
}

} // namespace Tepat
