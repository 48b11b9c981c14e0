#pragma once

#include <QStyledItemDelegate>

#include <functional>

namespace Tepat {

// A cell editor that reports, on every keystroke, what is wrong with the text typed so far
// (an empty sentence when it is fine), so the form can say it before the cell is left.
class FeedbackDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using Check = std::function<QString(const QModelIndex &index, const QString &text)>;

    FeedbackDelegate(Check check, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent,
                          const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;

signals:
    void feedback(const QString &message);

private:
    Check m_check;
};

} // namespace Tepat
