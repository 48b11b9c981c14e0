#pragma once

#include "common/PastableModel.h"

#include <QAbstractTableModel>
#include <QMap>

namespace Tepat {

class WorkspaceDocument;

// A two-column table (year, value) of one object's yearly values, the base of the target and the
// pagu tables: a row for each year the object plans for, and one for any other year that still
// holds a value (an old period, a changed PK year), so that nothing typed disappears from view.
// It follows the document: the rows change when the years do, the values on every change.
class YearTableModel : public QAbstractTableModel, public PastableModel
{
    Q_OBJECT

public:
    int yearAt(int row) const { return m_years.value(row); }
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;

protected:
    YearTableModel(WorkspaceDocument *document, QObject *parent);

    // The years the object plans for; empty for an id that is gone or has no yearly values.
    virtual QList<int> plannedYears(qint64 objectId) const = 0;
    // The years that hold a value, in any order.
    virtual QList<int> yearsWithValues(qint64 objectId) const = 0;

    void setObject(qint64 objectId);
    qint64 objectId() const { return m_objectId; }
    WorkspaceDocument *document() const { return m_document; }
    const QList<int> &years() const { return m_years; }

private:
    QList<int> yearsOf(qint64 objectId) const;
    void onChanged(qint64 id);

    WorkspaceDocument *m_document;
    qint64 m_objectId = 0;
    QList<int> m_years;
};

} // namespace Tepat
