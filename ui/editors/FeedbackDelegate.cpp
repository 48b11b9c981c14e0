#include "editors/FeedbackDelegate.h"

#include <QLineEdit>

namespace Tepat {

FeedbackDelegate::FeedbackDelegate(Check check, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_check(std::move(check))
{}

QWidget *FeedbackDelegate::createEditor(QWidget *parent,
                                        const QStyleOptionViewItem &option,
                                        const QModelIndex &index) const
{
    QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
    if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        const QPersistentModelIndex at(index);
        auto *self = const_cast<FeedbackDelegate *>(this); // createEditor is const in Qt's API
        connect(line, &QLineEdit::textEdited, self, [self, at](const QString &text) {
            emit self->feedback(self->m_check(at, text));
        });
    }
    return editor;
}

} // namespace Tepat
