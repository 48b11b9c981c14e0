#pragma once

#include "check/Finding.h"

#include <QWidget>

class QLabel;
class QScrollArea;

namespace Tepat {

class ReviewCommentBar;
class WorkspaceDocument;

// Review mode for a coaching clinic on a projector: full screen, light text on black, type at
// least 1.75 times the normal size (adjustable with Ctrl+Plus and Ctrl+Minus), one finding at a
// time: where it is, the indicator in big type, the reason and the suggestion. Arrow keys, Page
// Up/Down and Space walk the findings in cascade order; N writes a comment on the finding's object
// and F2 edits its newest open one (ReviewCommentBar); Escape or F11 leaves.
class ReviewWindow : public QWidget
{
    Q_OBJECT

public:
    explicit ReviewWindow(WorkspaceDocument *document, QWidget *parent = nullptr);

    // Starts at the finding of the given object, or at the first.
    void start(qint64 objectId = 0);
    int position() const { return m_position; }
    int count() const { return int(m_findings.size()); }
    const Finding *current() const;
    qreal scale() const { return m_scale; }
    void setScale(qreal scale);
    // The name new comments are signed with (the reviewer's name from the settings).
    void setAuthor(const QString &author);

    QLabel *subjectLabel() const { return m_subject; }
    QLabel *messageLabel() const { return m_message; }
    QLabel *commentsLabel() const { return m_comments; }
    QScrollArea *scrollArea() const { return m_scroll; }
    ReviewCommentBar *commentBar() const { return m_commentBar; }
    QLabel *severityLabel() const { return m_severity; }
    QLabel *ruleIdLabel() const { return m_ruleId; }

public slots:
    void next();
    void previous();

signals:
    // The finding shown changed; the main window selects its item so it is there on leaving.
    void findingShown(qint64 objectId, const QString &field);
    void scaleChanged(qreal scale);
    void closed();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void show(int position);
    void applyScale();
    void showComments(qint64 objectId);
    QString whereText(qint64 objectId) const;

    WorkspaceDocument *m_document;
    QList<Finding> m_findings;
    int m_position = -1;
    qreal m_scale = 1.75;
    qreal m_basePointSize;
    QLabel *m_counter;
    QLabel *m_where;
    QLabel *m_subject;
    QLabel *m_severity;
    QLabel *m_ruleId;
    QLabel *m_message;
    QLabel *m_suggestionHeading;
    QLabel *m_suggestion;
    QLabel *m_comments;
    QScrollArea *m_scroll;
    ReviewCommentBar *m_commentBar;
    QLabel *m_keys;
};

} // namespace Tepat
