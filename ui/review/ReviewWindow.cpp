#include "review/ReviewWindow.h"

#include "check/RuleRegistry.h"
#include "common/ProjectorColours.h"
#include "common/SeverityIcon.h"
#include "common/UiLanguage.h"
#include "document/WorkspaceDocument.h"
#include "review/FindingsModel.h"
#include "review/ReviewCommentBar.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

namespace Tepat {

namespace {

QLabel *label(QWidget *parent)
{
    auto *result = new QLabel(parent);
    result->setWordWrap(true);
    result->setTextFormat(Qt::PlainText);
    return result;
}

} // namespace

ReviewWindow::ReviewWindow(WorkspaceDocument *document, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_document(document)
    , m_basePointSize(QApplication::font().pointSizeF())
    , m_counter(label(this))
    , m_where(label(this))
    , m_subject(label(this))
    , m_severity(label(this))
    , m_ruleId(label(this))
    , m_message(label(this))
    , m_suggestionHeading(label(this))
    , m_suggestion(label(this))
    , m_comments(label(this))
    , m_scroll(new QScrollArea(this))
    , m_commentBar(new ReviewCommentBar(document, this))
    , m_keys(label(this))
{
    setWindowTitle(tr("Tepat — review mode"));
    setAttribute(Qt::WA_DeleteOnClose, false);
    // Yellow for the heading of the suggestion.
    const QPalette palette = ProjectorColours::palette();
    setPalette(palette);
    setAutoFillBackground(true);
    QPalette accent = palette;
    accent.setColor(QPalette::WindowText, ProjectorColours::accent());
    m_suggestionHeading->setPalette(accent);
    m_severity->setPalette(accent);
    QPalette dim = palette;
    dim.setColor(QPalette::WindowText, ProjectorColours::dim());
    m_counter->setPalette(dim);
    m_ruleId->setPalette(dim);
    m_where->setPalette(dim);
    m_keys->setPalette(dim);
    m_comments->setPalette(dim);
    m_suggestionHeading->setText(tr("Suggestion"));
    m_keys->setText(tr("→ next   ← previous   N comment   F2 edit comment   Shift ↓/↑ scroll   "
                       "Ctrl + / Ctrl − type size   Esc leave"));

    // Large type on a small projector wraps, and what does not fit scrolls instead of being cut
    // off; the keys stay at the foot.
    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(18);
    contentLayout->addWidget(m_counter);
    contentLayout->addWidget(m_where);
    contentLayout->addWidget(m_subject);
    contentLayout->addWidget(m_severity);
    contentLayout->addWidget(m_ruleId);
    contentLayout->addWidget(m_message);
    contentLayout->addSpacing(12);
    contentLayout->addWidget(m_suggestionHeading);
    contentLayout->addWidget(m_suggestion);
    contentLayout->addWidget(m_comments);
    contentLayout->addStretch();
    m_scroll->setWidget(content);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setFocusPolicy(Qt::NoFocus);
    m_scroll->viewport()->setAutoFillBackground(false);
    content->setAutoFillBackground(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 32, 48, 24);
    layout->setSpacing(18);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_commentBar);
    layout->addWidget(m_keys);
    applyScale();

    connect(m_commentBar, &ReviewCommentBar::finished, this, [this] {
        setFocus(Qt::OtherFocusReason);
    });
    // A comment written here or in the dock shows at once.
    for (auto signal : {&WorkspaceDocument::objectInserted,
                        &WorkspaceDocument::objectChanged,
                        &WorkspaceDocument::objectRemoved}) {
        connect(m_document, signal, this, [this] {
            // Hidden, it shows the comments afresh when it starts again (show()).
            if (!isVisible())
                return;
            if (const Finding *finding = current())
                showComments(finding->objectId);
        });
    }
}

void ReviewWindow::setAuthor(const QString &author)
{
    m_commentBar->setAuthor(author);
}

void ReviewWindow::start(qint64 objectId)
{
    m_findings = m_document->findings();
    int first = 0;
    for (int i = 0; i < m_findings.size(); ++i) {
        if (m_findings[i].objectId == objectId) {
            first = i;
            break;
        }
    }
    show(m_findings.isEmpty() ? -1 : first);
}

const Finding *ReviewWindow::current() const
{
    return m_position >= 0 && m_position < m_findings.size() ? &m_findings[m_position] : nullptr;
}

void ReviewWindow::next()
{
    if (m_position + 1 < m_findings.size())
        show(m_position + 1);
}

void ReviewWindow::previous()
{
    if (m_position > 0)
        show(m_position - 1);
}

QString ReviewWindow::whereText(qint64 objectId) const
{
    const Cascade &cascade = m_document->cascade();
    QStringList path;
    qint64 itemId = 0;
    if (const Indicator *indicator = cascade.indicator(objectId))
        itemId = indicator->ownerId;
    else if (cascade.item(objectId))
        itemId = cascade.item(objectId)->parentId;
    const PlanItem *item = cascade.item(itemId);
    qint64 opdId = 0;
    qint64 pkId = 0;
    if (const PkDocument *pk = cascade.pk(objectId)) {
        opdId = pk->opdId;
    }
    while (item) {
        path.prepend(tr("%1 %2").arg(PlanItem::displayName(item->kind), item->name));
        if (PlanItem::parentRole(item->kind) == PlanItem::ParentRole::Opd)
            opdId = item->parentId;
        if (PlanItem::parentRole(item->kind) == PlanItem::ParentRole::Pk)
            pkId = item->parentId;
        item = cascade.item(item->parentId);
    }
    if (const PkDocument *pk = cascade.pk(pkId)) {
        opdId = pk->opdId;
        path.prepend(tr("PK %1").arg(pk->year));
    }
    if (const Opd *opd = cascade.opd(opdId))
        path.prepend(opd->name);
    else if (path.isEmpty() || !pkId)
        path.prepend(tr("RPJMD"));
    return path.join(QStringLiteral("  ›  "));
}

void ReviewWindow::show(int position)
{
    m_position = position;
    const Finding *finding = current();
    if (!finding) {
        m_counter->setText(tr("No findings"));
        m_where->clear();
        m_subject->setText(tr("The checker found nothing to discuss in this workspace."));
        m_severity->clear();
        m_ruleId->clear();
        m_message->clear();
        m_suggestionHeading->hide();
        m_suggestion->clear();
        m_comments->clear();
        return;
    }
    const Language language = UiLanguage::current();
    m_counter->setText(tr("Finding %1 of %2").arg(m_position + 1).arg(m_findings.size()));
    m_where->setText(whereText(finding->objectId));
    QString subject = FindingsModel::objectLabel(*m_document, finding->objectId);
    if (const Indicator *indicator = m_document->cascade().indicator(finding->objectId)) {
        const QString target
            = indicator->targets.isEmpty() ? QString() : indicator->targets.last().toString();
        if (!target.isEmpty())
            subject = tr("%1 — target %2 %3").arg(subject, target, indicator->satuan).trimmed();
    }
    m_subject->setText(subject.isEmpty() ? tr("(deleted item)") : subject);
    QString severity;
    switch (finding->severity) {
    case Severity::Error:
        severity = tr("Error");
        break;
    case Severity::Warning:
        severity = tr("Warning");
        break;
    case Severity::Info:
        severity = tr("Hint");
        break;
    }
    // The room reads the rule's title; the id stays in small type for whoever looks it up in
    // docs/checks.md or acknowledges it.
    m_severity->setText(
        tr("%1 · %2").arg(severity, RuleRegistry::title(finding->ruleId, language)));
    m_ruleId->setText(finding->ruleId);
    m_message->setText(finding->message.text(language));
    const QString suggestion = finding->suggestion.text(language);
    m_suggestionHeading->setVisible(!suggestion.isEmpty());
    m_suggestion->setText(suggestion);
    showComments(finding->objectId);
    m_scroll->verticalScrollBar()->setValue(0);
    emit findingShown(finding->objectId, finding->field);
}

void ReviewWindow::showComments(qint64 objectId)
{
    QStringList open;
    for (const ReviewComment &comment : m_document->cascade().comments()) {
        if (comment.objectId == objectId && !comment.resolved)
            open.append(tr("%1: %2").arg(comment.author, comment.text));
    }
    m_comments->setText(open.isEmpty() ? QString()
                                       : tr("Comments: %1").arg(open.join(QStringLiteral(" · "))));
}

void ReviewWindow::setScale(qreal scale)
{
    m_scale = std::clamp(scale, 1.0, 4.0);
    applyScale();
    emit scaleChanged(m_scale);
}

void ReviewWindow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    applyScale();
}

void ReviewWindow::applyScale()
{
    // The scale is relative to a 768-pixel-high screen: a 1080p projector gets proportionally
    // bigger type, so the back of the room reads the same on both.
    const qreal screen = std::max(1.0, height() / 768.0);
    const auto sized = [this, screen](QLabel *target, qreal factor, bool bold) {
        QFont font = QApplication::font();
        font.setPointSizeF(m_basePointSize * m_scale * screen * factor);
        font.setBold(bold);
        target->setFont(font);
    };
    sized(m_counter, 1.0, false);
    sized(m_where, 1.0, false);
    sized(m_subject, 2.0, true);
    sized(m_severity, 1.1, true);
    sized(m_ruleId, 0.7, false);
    sized(m_message, 1.4, false);
    sized(m_suggestionHeading, 1.1, true);
    sized(m_suggestion, 1.4, false);
    sized(m_comments, 1.0, false);
    sized(m_keys, 0.8, false);
    QFont barFont = QApplication::font();
    barFont.setPointSizeF(m_basePointSize * m_scale * screen);
    m_commentBar->setTextFont(barFont);
}

void ReviewWindow::keyPressEvent(QKeyEvent *event)
{
    if (event->modifiers() & Qt::ShiftModifier
        && (event->key() == Qt::Key_Down || event->key() == Qt::Key_Up)) {
        m_scroll->verticalScrollBar()->triggerAction(event->key() == Qt::Key_Down
                                                         ? QAbstractSlider::SliderPageStepAdd
                                                         : QAbstractSlider::SliderPageStepSub);
        return;
    }
    switch (event->key()) {
    case Qt::Key_N:
    case Qt::Key_Insert:
        if (event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
            break;
        if (const Finding *finding = current())
            m_commentBar->startNew(finding->objectId);
        return;
    case Qt::Key_F2:
        if (const Finding *finding = current()) {
            if (!m_commentBar->startEdit(finding->objectId))
                m_commentBar->startNew(finding->objectId);
        }
        return;
    case Qt::Key_Right:
    case Qt::Key_Down:
    case Qt::Key_PageDown:
    case Qt::Key_Space:
        next();
        return;
    case Qt::Key_Left:
    case Qt::Key_Up:
    case Qt::Key_PageUp:
    case Qt::Key_Backspace:
        previous();
        return;
    case Qt::Key_Home:
        if (!m_findings.isEmpty())
            show(0);
        return;
    case Qt::Key_End:
        if (!m_findings.isEmpty())
            show(int(m_findings.size()) - 1);
        return;
    case Qt::Key_Escape:
    case Qt::Key_F11:
        close();
        return;
    default:
        break;
    }
    // Ctrl with the key that bears + or -, however the layout makes it: "+" needs Shift on a US
    // keyboard (Ctrl+Shift+=), not on a German one, and the keypad has its own.
    const bool control = event->modifiers() & Qt::ControlModifier;
    if (event->matches(QKeySequence::ZoomIn)
        || (control && (event->key() == Qt::Key_Equal || event->key() == Qt::Key_Plus))) {
        setScale(m_scale + 0.25);
        return;
    }
    if (event->matches(QKeySequence::ZoomOut)
        || (control && (event->key() == Qt::Key_Minus || event->key() == Qt::Key_Underscore))) {
        setScale(m_scale - 0.25);
        return;
    }
    QWidget::keyPressEvent(event);
}

void ReviewWindow::closeEvent(QCloseEvent *event)
{
    QWidget::closeEvent(event);
    emit closed();
}

} // namespace Tepat
