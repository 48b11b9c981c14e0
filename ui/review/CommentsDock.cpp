#include "review/CommentsDock.h"

#include "document/WorkspaceDocument.h"
#include "document/WorkspaceEdits.h"
#include "review/CommentsModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Tepat {

CommentsDock::CommentsDock(QWidget *parent)
    : QDockWidget(tr("Comments"), parent)
    , m_model(new CommentsModel(this))
    , m_view(new QTableView(this))
    , m_target(new QLabel(this))
    , m_input(new QLineEdit(this))
    , m_add(new QPushButton(tr("Add &comment"), this))
    , m_delete(new QPushButton(tr("Delete comment"), this))
{
    setObjectName(QStringLiteral("commentsDock"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->setVisible(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setSectionResizeMode(CommentsModel::TextColumn,
                                                     QHeaderView::Stretch);
    m_view->setWordWrap(true);
    m_target->setWordWrap(true);
    m_input->setPlaceholderText(tr("Write a comment on the selected item, then press Enter"));
    auto *inputRow = new QHBoxLayout;
    inputRow->addWidget(m_input, 1);
    inputRow->addWidget(m_add);
    inputRow->addWidget(m_delete);
    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_target);
    layout->addLayout(inputRow);
    setWidget(body);

    const auto add = [this] {
        if (addComment(m_input->text()))
            m_input->clear();
    };
    connect(m_input, &QLineEdit::returnPressed, this, add);
    connect(m_add, &QPushButton::clicked, this, add);
    connect(m_delete, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        if (m_document && current.isValid()) {
            m_document->edits().removeObject(
                current.data(CommentsModel::CommentIdRole).toLongLong());
        }
    });
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit objectActivated(index.data(CommentsModel::ObjectIdRole).toLongLong());
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &CommentsDock::updateTitle);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &CommentsDock::updateTitle);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &CommentsDock::updateTitle);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CommentsDock::updateTitle);
    setCurrentObject(0, {});
}

void CommentsDock::setDocument(WorkspaceDocument *document)
{
    m_document = document;
    m_model->setDocument(document);
    m_view->resizeColumnToContents(CommentsModel::ResolvedColumn);
}

void CommentsDock::setCurrentObject(qint64 objectId, const QString &label)
{
    m_objectId = objectId;
    m_target->setText(objectId
                          ? tr("New comments go on: %1").arg(label)
                          : tr("Select an item, indicator or PK in the tree to comment on it."));
    m_input->setEnabled(objectId != 0);
    m_add->setEnabled(objectId != 0);
}

qint64 CommentsDock::addComment(const QString &text)
{
    return m_document ? m_document->edits().addComment(m_objectId, m_author, text) : 0;
}

void CommentsDock::focusInput()
{
    raise();
    show();
    m_input->setFocus(Qt::ShortcutFocusReason);
}

void CommentsDock::updateTitle()
{
    const int open = m_model->openCount();
    setWindowTitle(open > 0 ? tr("Comments (%1 open)").arg(open) : tr("Comments"));
}

} // namespace Tepat
