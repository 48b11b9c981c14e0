#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTabBar;

namespace Tepat {

class PasteTableView;
class RealisasiAnggaranModel;
class RealisasiModel;
class WorkspaceDocument;

// The results of one PK: a triwulan bar choosing the quarter measured ("capaian s.d. TW III"),
// the workspace's closed triwulan and its capaian settings, a summary (mean capaian, indicators
// per kategori, serapan and efisiensi), the indicator table (RealisasiModel) typed into or pasted
// from Excel, and the program table with realisasi anggaran. The findings of the current row are
// written under the table and marked in it, live as the user types.
class RealisasiView : public QWidget
{
    Q_OBJECT

public:
    explicit RealisasiView(WorkspaceDocument *document, QWidget *parent = nullptr);
    ~RealisasiView() override;

    void setPk(qint64 pkId);
    qint64 pkId() const { return m_pkId; }
    // Selects the row of an indicator and the column of the field a finding names.
    void focusIndicator(qint64 indicatorId, const QString &field = {});

    RealisasiModel *model() const { return m_model; }
    PasteTableView *table() const { return m_table; }
    RealisasiAnggaranModel *anggaranModel() const { return m_anggaranModel; }
    PasteTableView *anggaranTable() const { return m_anggaranTable; }
    QTabBar *quarterBar() const { return m_quarters; }
    QComboBox *closedBox() const { return m_closed; }
    QLabel *summaryLabel() const { return m_summary; }
    QLabel *feedbackLabel() const { return m_feedback; }
    QPushButton *settingsButton() const { return m_settings; }

private:
    void showSummary();
    void showFeedback();
    void showClosed();
    void chooseClosed(int index);
    void editSettings();

    WorkspaceDocument *m_document;
    qint64 m_pkId = 0;
    QLabel *m_title;
    QTabBar *m_quarters;
    QComboBox *m_closed;
    QPushButton *m_settings;
    QLabel *m_summary;
    RealisasiModel *m_model;
    PasteTableView *m_table;
    QLabel *m_feedback;
    RealisasiAnggaranModel *m_anggaranModel;
    PasteTableView *m_anggaranTable;
    QString m_rejected;
};

} // namespace Tepat
