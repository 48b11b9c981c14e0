#pragma once

#include <QStackedWidget>

class QLabel;
class QScrollArea;

namespace Tepat {

class IndicatorEditor;
class OpdEditor;
class PemdaEditor;
class PkEditor;
class PlanItemEditor;
class WorkspaceDocument;

// The centre of the main window: the form of the node selected in the cascade tree, each form in
// a scroll area of its own, or a placeholder that says what to do. The forms are made per
// document, because they connect to it and hold its ids.
class EditorArea : public QStackedWidget
{
    Q_OBJECT

public:
    explicit EditorArea(QWidget *parent = nullptr);

    // Drops the forms of the old document (nullptr: none) and makes those of the new one.
    void setDocument(WorkspaceDocument *document);
    // Shows the form for a node of the CascadeTreeModel; a PK sasaran is a row group of its PK's
    // table and is edited there. A Renstra node (and an invalid index) shows the placeholder.
    void showNode(const QModelIndex &index);
    // Focuses a field (a Finding::Field name, or "name") in the form shown.
    void focusField(const QString &field);

    // The form shown, or the placeholder.
    QWidget *currentEditor() const;
    IndicatorEditor *indicatorEditor() const { return m_indicatorEditor; }
    PkEditor *pkEditor() const { return m_pkEditor; }
    PlanItemEditor *planItemEditor() const { return m_planItemEditor; }
    PemdaEditor *pemdaEditor() const { return m_pemdaEditor; }
    OpdEditor *opdEditor() const { return m_opdEditor; }

private:
    template<typename Editor>
    Editor *addEditor(WorkspaceDocument *document);
    void showEditor(QWidget *editor);
    void showPlaceholder(const QString &text);

    WorkspaceDocument *m_document = nullptr;
    QLabel *m_placeholder;
    QList<QScrollArea *> m_pages;
    IndicatorEditor *m_indicatorEditor = nullptr;
    PkEditor *m_pkEditor = nullptr;
    PlanItemEditor *m_planItemEditor = nullptr;
    PemdaEditor *m_pemdaEditor = nullptr;
    OpdEditor *m_opdEditor = nullptr;
};

} // namespace Tepat
