#pragma once

#include <QStringList>
#include <QStyledItemDelegate>

namespace Tepat {

// A cell edited by choosing one of a few words from a list, such as an indicator's metode; the
// model receives the chosen word as text.
class ChoiceDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    ChoiceDelegate(QStringList choices, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent,
                          const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor,
                      QAbstractItemModel *model,
                      const QModelIndex &index) const override;

private:
    QStringList m_choices;
};

} // namespace Tepat
