#pragma once

#include "check/Finding.h"

#include <QAbstractTableModel>

namespace Tepat {

class WorkspaceDocument;

// The findings of the open document as a table (severity, object, reason, suggestion), in
// cascade order. It follows WorkspaceDocument::findingsChanged with row inserts and removals over
// the range that differs, so the selection and the scroll position survive typing. Reasons and
// suggestions are shown in the UI language.
class FindingsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { SeverityColumn, ObjectColumn, MessageColumn, SuggestionColumn, ColumnCount };
    enum Role { ObjectIdRole = Qt::UserRole + 1, FieldRole, RuleIdRole };

    explicit FindingsModel(QObject *parent = nullptr);

    void setDocument(WorkspaceDocument *document);
    const Finding &finding(int row) const { return m_rows.at(row); }
    // The display name of the object a finding is about, e.g. the indicator's text.
    static QString objectLabel(const WorkspaceDocument &document, qint64 objectId);
    // Where the object is, as the Letak column shows it: its OPD and PK before its label
    // ("Dinkes · PK 2026 eselon III · Persentase …"), since the same indicator text recurs in
    // many OPDs and PKs.
    static QString placeLabel(const WorkspaceDocument &document, qint64 objectId);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void update();
    void onObjectChanged(qint64 id);

    WorkspaceDocument *m_document = nullptr;
    // The document's list as last shown, to find the range an edit changed.
    QList<Finding> m_rows;
};

} // namespace Tepat
