#include "window/EditorArea.h"

#include "document/WorkspaceDocument.h"
#include "editors/IndicatorEditor.h"
#include "editors/OpdEditor.h"
#include "editors/PemdaEditor.h"
#include "editors/PkEditor.h"
#include "editors/PlanItemEditor.h"
#include "window/CascadeTreeModel.h"

#include <QLabel>
#include <QScrollArea>

namespace Tepat {

EditorArea::EditorArea(QWidget *parent)
    : QStackedWidget(parent)
    , m_placeholder(new QLabel(this))
{
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setText(tr("Open a workspace (Ctrl+O) to begin."));
    addWidget(m_placeholder);
}

template<typename Editor>
Editor *EditorArea::addEditor(WorkspaceDocument *document)
{
    auto *editor = new Editor(document);
    auto *page = new QScrollArea(this);
    page->setWidget(editor);
    page->setWidgetResizable(true);
    page->setFrameShape(QFrame::NoFrame);
    addWidget(page);
    m_pages.append(page);
    return editor;
}

void EditorArea::setDocument(WorkspaceDocument *document)
{
    setCurrentWidget(m_placeholder);
    qDeleteAll(m_pages); // each takes its form along
    m_pages.clear();
    m_indicatorEditor = nullptr;
    m_pkEditor = nullptr;
    m_planItemEditor = nullptr;
    m_pemdaEditor = nullptr;
    m_opdEditor = nullptr;
    m_document = document;
    if (!document)
        return;
    m_indicatorEditor = addEditor<IndicatorEditor>(document);
    m_pkEditor = addEditor<PkEditor>(document);
    m_planItemEditor = addEditor<PlanItemEditor>(document);
    m_pemdaEditor = addEditor<PemdaEditor>(document);
    m_opdEditor = addEditor<OpdEditor>(document);
    m_placeholder->setText(tr("Select an item, an indicator or a PK in the tree to edit it."));
}

void EditorArea::showEditor(QWidget *editor)
{
    for (QScrollArea *page : std::as_const(m_pages)) {
        if (page->widget() == editor)
            setCurrentWidget(page);
    }
}

void EditorArea::showPlaceholder(const QString &text)
{
    m_placeholder->setText(text);
    setCurrentWidget(m_placeholder);
}

void EditorArea::showNode(const QModelIndex &index)
{
    if (!m_document || !index.isValid()) {
        setCurrentWidget(m_placeholder);
        return;
    }
    const qint64 id = index.data(CascadeTreeModel::ObjectIdRole).toLongLong();
    switch (CascadeTreeModel::NodeType(index.data(CascadeTreeModel::NodeTypeRole).toInt())) {
    case CascadeTreeModel::NodeType::Indicator:
        m_indicatorEditor->setIndicator(id);
        showEditor(m_indicatorEditor);
        return;
    case CascadeTreeModel::NodeType::Pk:
        m_pkEditor->setPk(id);
        showEditor(m_pkEditor);
        return;
    case CascadeTreeModel::NodeType::Item:
        m_planItemEditor->setItem(id);
        showEditor(m_planItemEditor);
        return;
    case CascadeTreeModel::NodeType::Rpjmd:
        m_pemdaEditor->load();
        showEditor(m_pemdaEditor);
        return;
    case CascadeTreeModel::NodeType::Opd:
        m_opdEditor->setOpd(id);
        showEditor(m_opdEditor);
        return;
    case CascadeTreeModel::NodeType::Renstra:
        break;
    }
    showPlaceholder(tr("%1\n\nSelect one of its items, indicators or PKs to edit it.")
                        .arg(index.data().toString()));
}

QWidget *EditorArea::currentEditor() const
{
    if (auto *page = qobject_cast<QScrollArea *>(currentWidget()))
        return page->widget();
    return currentWidget();
}

void EditorArea::focusField(const QString &field)
{
    if (QWidget *editor = currentEditor(); editor == m_indicatorEditor)
        m_indicatorEditor->focusField(field);
    else if (editor == m_pkEditor)
        m_pkEditor->focusField(field);
    else if (editor == m_planItemEditor)
        m_planItemEditor->focusField(field);
    else if (editor == m_opdEditor)
        m_opdEditor->focusField(field);
}

} // namespace Tepat
