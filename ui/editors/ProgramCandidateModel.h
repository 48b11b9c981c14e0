#pragma once

#include <QAbstractListModel>

namespace Tepat {

class WorkspaceDocument;

// The Renstra programs, kegiatan and sub kegiatan a PK's program row may come from
// (LinkTargets::programSources), shown as "code name".
class ProgramCandidateModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { ItemIdRole = Qt::UserRole + 1 };

    explicit ProgramCandidateModel(WorkspaceDocument *document, QObject *parent = nullptr);
    void setPk(qint64 pkId);
    // "1.02.02 Program Pemenuhan Upaya Kesehatan", or the name alone when it has no code.
    static QString label(const WorkspaceDocument &document, qint64 itemId);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    WorkspaceDocument *m_document;
    QList<qint64> m_ids;
};

} // namespace Tepat
