#pragma once

#include "common/SearchPicker.h"

#include <QAbstractListModel>

namespace Tepat {

class WorkspaceDocument;

// The indicators an indicator may serve (LinkTargets::servable). The list of ids is built when
// the edited indicator changes; texts are read live from the document.
class ServesCandidateModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { IndicatorIdRole = Qt::UserRole + 1 };

    explicit ServesCandidateModel(WorkspaceDocument *document, QObject *parent = nullptr);
    void setIndicator(qint64 indicatorId);
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    WorkspaceDocument *m_document;
    QList<qint64> m_ids;
};

// Search-as-you-type for the indicator one level up: typing any part of its text lists the
// matches; choosing one links it, clearing the field unlinks. Free text is never stored: a text
// that matches nothing is put back when the field loses focus.
class ServesPicker : public SearchPicker
{
    Q_OBJECT

public:
    explicit ServesPicker(WorkspaceDocument *document, QWidget *parent = nullptr);

    void setIndicator(qint64 indicatorId);
    ServesCandidateModel *candidates() const { return m_candidates; }

protected:
    void focusOutEvent(QFocusEvent *event) override;

private:
    void showCurrent();

    WorkspaceDocument *m_document;
    ServesCandidateModel *m_candidates;
    qint64 m_indicatorId = 0;
};

} // namespace Tepat
