#include "editors/ChoiceDelegate.h"

#include <QComboBox>

namespace Tepat {

ChoiceDelegate::ChoiceDelegate(QStringList choices, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_choices(std::move(choices))
{}

QWidget *ChoiceDelegate::createEditor(QWidget *parent,
                                      const QStyleOptionViewItem &,
                                      const QModelIndex &) const
{
    auto *box = new QComboBox(parent);
    box->addItems(m_choices);
    return box;
}

void ChoiceDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *box = static_cast<QComboBox *>(editor);
    box->setCurrentIndex(std::max(0, box->findText(index.data(Qt::EditRole).toString())));
}

void ChoiceDelegate::setModelData(QWidget *editor,
                                  QAbstractItemModel *model,
                                  const QModelIndex &index) const
{
    model->setData(index, static_cast<QComboBox *>(editor)->currentText());
}

} // namespace Tepat
