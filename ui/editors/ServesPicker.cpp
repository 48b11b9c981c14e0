#include "editors/ServesPicker.h"

#include "document/WorkspaceDocument.h"
#include "model/LinkTargets.h"

#include <QAbstractItemView>
#include <QCompleter>

namespace Tepat {

ServesCandidateModel::ServesCandidateModel(WorkspaceDocument *document, QObject *parent)
    : QAbstractListModel(parent)
    , m_document(document)
{
    connect(m_document, &WorkspaceDocument::objectChanged, this, [this](qint64 id) {
        if (const qsizetype row = m_ids.indexOf(id); row >= 0)
            emit dataChanged(index(int(row)), index(int(row)));
    });
}

void ServesCandidateModel::setIndicator(qint64 indicatorId)
{
    beginResetModel();
    m_ids = LinkTargets::servable(m_document->cascade(), indicatorId);
    endResetModel();
}

int ServesCandidateModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

QVariant ServesCandidateModel::data(const QModelIndex &index, int role) const
{
    const Cascade &cascade = m_document->cascade();
    const Indicator *indicator = cascade.indicator(m_ids.value(index.row()));
    if (!index.isValid() || !indicator)
        return {};
    switch (role) {
    case Qt::EditRole:
        return indicator->text;
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        // Identical names in two OPDs' Renstra, or in the Renstra and the RPJMD, are common:
        // the document each comes from tells them apart.
        if (const PlanItem *owner = cascade.item(indicator->ownerId)) {
            return tr("%1 — %2 (%3)")
                .arg(indicator->text, owner->name, LinkTargets::sourceOf(cascade, indicator->id));
        }
        return indicator->text;
    case IndicatorIdRole:
        return indicator->id;
    default:
        return {};
    }
}

ServesPicker::ServesPicker(WorkspaceDocument *document, QWidget *parent)
    : SearchPicker(parent)
    , m_document(document)
    , m_candidates(new ServesCandidateModel(document, this))
{
    setCandidates(m_candidates, ServesCandidateModel::IndicatorIdRole);
    setPlaceholderText(tr("Type part of the indicator it serves…"));
    connect(m_document, &WorkspaceDocument::objectChanged, this, [this](qint64 id) {
        const Indicator *indicator = m_document->cascade().indicator(m_indicatorId);
        if ((id == m_indicatorId || (indicator && id == indicator->servesId)) && !hasFocus())
            showCurrent();
    });
}

void ServesPicker::setIndicator(qint64 indicatorId)
{
    m_indicatorId = indicatorId;
    m_candidates->setIndicator(indicatorId);
    showCurrent();
}

void ServesPicker::showCurrent()
{
    const Cascade &cascade = m_document->cascade();
    const Indicator *indicator = cascade.indicator(m_indicatorId);
    const Indicator *served = indicator ? cascade.indicator(indicator->servesId) : nullptr;
    setText(served ? served->text : QString());
}

void ServesPicker::focusOutEvent(QFocusEvent *event)
{
    QLineEdit::focusOutEvent(event);
    if (!completer()->popup()->isVisible())
        showCurrent();
}

} // namespace Tepat
