#include "review/FindingsModel.h"

#include "common/SeverityIcon.h"
#include "common/UiLanguage.h"
#include "document/WorkspaceDocument.h"

namespace Tepat {

FindingsModel::FindingsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void FindingsModel::setDocument(WorkspaceDocument *document)
{
    beginResetModel();
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_rows = m_document ? m_document->findings() : QList<Finding>();
    if (m_document) {
        connect(m_document, &WorkspaceDocument::findingsChanged, this, &FindingsModel::update);
        connect(
            m_document, &WorkspaceDocument::objectChanged, this, &FindingsModel::onObjectChanged);
    }
    endResetModel();
}

void FindingsModel::update()
{
    const QList<Finding> &now = m_document->findings();
    qsizetype prefix = 0;
    const qsizetype common = std::min(now.size(), m_rows.size());
    while (prefix < common && now[prefix] == m_rows[prefix])
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < common - prefix
           && now[now.size() - 1 - suffix] == m_rows[m_rows.size() - 1 - suffix]) {
        ++suffix;
    }
    const int oldEnd = int(m_rows.size() - suffix); // exclusive
    const int newEnd = int(now.size() - suffix);
    const int first = int(prefix);
    // Rows that are in both lists at the same place change in place; the rest are inserted or
    // removed at the end of the range.
    const int replaced = std::min(oldEnd, newEnd) - first;
    for (int i = 0; i < replaced; ++i)
        m_rows[first + i] = now[first + i];
    if (replaced > 0)
        emit dataChanged(index(first, 0), index(first + replaced - 1, ColumnCount - 1));
    if (newEnd > oldEnd) {
        beginInsertRows({}, oldEnd, newEnd - 1);
        for (int i = oldEnd; i < newEnd; ++i)
            m_rows.insert(i, now[i]);
        endInsertRows();
    } else if (oldEnd > newEnd) {
        beginRemoveRows({}, newEnd, oldEnd - 1);
        m_rows.remove(newEnd, oldEnd - newEnd);
        endRemoveRows();
    }
}

void FindingsModel::onObjectChanged(qint64 id)
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].objectId == id)
            emit dataChanged(index(row, ObjectColumn), index(row, ObjectColumn));
    }
}

QString FindingsModel::objectLabel(const WorkspaceDocument &document, qint64 objectId)
{
    const Cascade &cascade = document.cascade();
    if (const Indicator *indicator = cascade.indicator(objectId))
        return indicator->text;
    if (const PlanItem *item = cascade.item(objectId))
        return tr("%1: %2").arg(PlanItem::displayName(item->kind), item->name);
    if (const PkDocument *pk = cascade.pk(objectId))
        return tr("PK %1 · %2").arg(QString::number(pk->year), pk->pihakPertama.jabatan);
    return {};
}

QString FindingsModel::placeLabel(const WorkspaceDocument &document, qint64 objectId)
{
    const Cascade &cascade = document.cascade();
    QStringList parts;
    if (const Opd *opd = cascade.opd(cascade.opdOf(objectId)); opd && opd->id != objectId)
        parts.append(opd->shortName.isEmpty() ? opd->name : opd->shortName);
    const PkDocument *pk = cascade.pk(cascade.pkOf(objectId));
    if (!pk)
        pk = cascade.pkOfProgram(objectId);
    if (pk && pk->id != objectId)
        parts.append(
            tr("PK %1 %2").arg(QString::number(pk->year), PkDocument::levelName(pk->level)));
    parts.append(objectLabel(document, objectId));
    return parts.join(QStringLiteral(" · "));
}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FindingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Finding &finding = m_rows[index.row()];
    const Language language = UiLanguage::current();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case SeverityColumn:
            switch (finding.severity) {
            case Severity::Error:
                return tr("Error");
            case Severity::Warning:
                return tr("Warning");
            case Severity::Info:
                return tr("Hint");
            }
            return {};
        case ObjectColumn:
            return placeLabel(*m_document, finding.objectId);
        case MessageColumn:
            return finding.message.text(language);
        case SuggestionColumn:
            return finding.suggestion.text(language);
        default:
            return {};
        }
    case Qt::DecorationRole:
        return index.column() == SeverityColumn ? QVariant(SeverityIcon::icon(finding.severity))
                                                : QVariant();
    case ObjectIdRole:
        return finding.objectId;
    case FieldRole:
        return finding.field;
    case RuleIdRole:
        return finding.ruleId;
    default:
        return {};
    }
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case ObjectColumn:
        return tr("Where");
    case MessageColumn:
        return tr("Finding");
    case SuggestionColumn:
        return tr("Suggestion");
    default:
        return {};
    }
}

} // namespace Tepat
