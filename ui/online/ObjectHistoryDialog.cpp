#include "online/ObjectHistoryDialog.h"

#include "document/WorkspaceDocument.h"
#include "online/HistoryWording.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace Tepat {

HistoryModel::HistoryModel(QList<ServerStore::HistoryEntry> entries, QObject *parent)
    : QAbstractTableModel(parent)
    , m_entries(std::move(entries))
{}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const ServerStore::HistoryEntry &entry = m_entries.at(index.row());
    switch (index.column()) {
    case When:
        return QLocale().toString(entry.at.toLocalTime(), QLocale::ShortFormat);
    case Who:
        return entry.user;
    case What:
        if (entry.action == QLatin1String("INSERT"))
            return tr("added (%1)").arg(HistoryWording::object(entry.table));
        if (entry.action == QLatin1String("DELETE"))
            return tr("deleted (%1)").arg(HistoryWording::object(entry.table));
        return tr("changed (%1)").arg(HistoryWording::object(entry.table));
    case Change:
        return changeText(entry);
    default:
        return {};
    }
}

QString HistoryModel::changeText(const ServerStore::HistoryEntry &entry)
{
    const bool update = entry.action == QLatin1String("UPDATE");
    QStringList parts;
    for (const ServerStore::HistoryEntry::FieldChange &change : entry.changes) {
        if (HistoryWording::isReference(change.field))
            continue;
        const QString field = HistoryWording::field(change.field);
        const QString value = change.after.isEmpty() ? change.before : change.after;
        if (update)
            parts.append(tr("%1: %2 → %3").arg(field, change.before, change.after));
        else if (!value.isEmpty())
            parts.append(tr("%1: %2").arg(field, value));
    }
    return parts.join(QStringLiteral("; "));
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case When:
        return tr("When");
    case Who:
        return tr("Who");
    case What:
        return tr("What");
    case Change:
        return tr("Change");
    default:
        return {};
    }
}

ObjectHistoryDialog::ObjectHistoryDialog(WorkspaceDocument *document,
                                         qint64 objectId,
                                         QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("History"));
    auto *layout = new QVBoxLayout(this);
    const Result<QList<ServerStore::HistoryEntry>> history = document->server()->history(objectId);
    if (!history) {
        layout->addWidget(new QLabel(history.error().message, this));
    } else {
        layout->addWidget(new QLabel(
            objectId == 0 ? tr("Changes of the pemda's own data, as the server recorded them.")
                          : tr("Changes of the selected object, as the server recorded them."),
            this));
        m_model = new HistoryModel(*history, this);
        auto *view = new QTableView(this);
        view->setModel(m_model);
        view->horizontalHeader()->setStretchLastSection(true);
        view->verticalHeader()->hide();
        view->resizeColumnsToContents();
        layout->addWidget(view);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(760, 420);
}

} // namespace Tepat
