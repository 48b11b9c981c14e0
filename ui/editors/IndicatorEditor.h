#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace Tepat {

class LockedForm;
class PasteTableView;
class ServesPicker;
class TargetTableModel;
class WorkspaceDocument;

// The form of one indicator: text, satuan, baseline, the yearly targets, the link to what it
// serves, and the Manual IKU fields. Every keystroke becomes an undo command (typing in one field
// merges into one step), so findings follow the typing; the form follows the document, so undo
// and redo show up in it.
class IndicatorEditor : public QWidget
{
    Q_OBJECT

public:
    explicit IndicatorEditor(WorkspaceDocument *document, QWidget *parent = nullptr);

    void setIndicator(qint64 indicatorId);
    qint64 indicatorId() const { return m_indicatorId; }
    // Focuses the editor of a Finding::Field name ("text", "satuan", "target", …).
    void focusField(const QString &field);

    QLineEdit *textEdit() const { return m_text; }
    QLineEdit *satuanEdit() const { return m_satuan; }
    QLineEdit *baselineEdit() const { return m_baseline; }
    QLabel *baselineFeedback() const { return m_baselineFeedback; }
    PasteTableView *targetTable() const { return m_targets; }
    QLabel *targetFeedback() const { return m_targetFeedback; }
    ServesPicker *servesPicker() const { return m_serves; }
    LockedForm *lockedForm() const { return m_lockedForm; }

private:
    template<typename Change>
    void edit(const QString &field, Change change);
    void load();
    void updateTargetFeedback();

    WorkspaceDocument *m_document;
    qint64 m_indicatorId = 0;
    bool m_loading = false;
    QLabel *m_context;
    QLineEdit *m_text;
    QLineEdit *m_satuan;
    QLineEdit *m_baseline;
    QLabel *m_baselineFeedback;
    TargetTableModel *m_targetModel;
    PasteTableView *m_targets;
    QLabel *m_targetFeedback;
    ServesPicker *m_serves;
    QCheckBox *m_iku;
    QPlainTextEdit *m_definisi;
    QPlainTextEdit *m_alasan;
    QPlainTextEdit *m_rumus;
    QComboBox *m_jenis;
    QComboBox *m_polaritas;
    QComboBox *m_tipe;
    QComboBox *m_periode;
    QLineEdit *m_sumberData;
    QLineEdit *m_penanggungJawab;
    LockedForm *m_lockedForm;
};

} // namespace Tepat
