#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;

namespace Tepat {

class OfficialEditor;
class WorkspaceDocument;

// The form of one OPD: its code, name, short name and head (with the NIP checked as typed).
// Every edit is an undo command.
class OpdEditor : public QWidget
{
    Q_OBJECT

public:
    explicit OpdEditor(WorkspaceDocument *document, QWidget *parent = nullptr);

    void setOpd(qint64 opdId);
    // Focuses a field ("code", "name", "shortName") with its text selected, so that typing
    // replaces it: a new OPD comes with a placeholder name.
    void focusField(const QString &field);
    QLineEdit *nameEdit() const { return m_name; }
    OfficialEditor *headEditor() const { return m_head; }

private:
    void load();

    WorkspaceDocument *m_document;
    qint64 m_opdId = 0;
    bool m_loading = false;
    QLineEdit *m_code;
    QLineEdit *m_name;
    QLineEdit *m_shortName;
    OfficialEditor *m_head;
};

} // namespace Tepat
