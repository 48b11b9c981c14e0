#pragma once

#include "report/ReportBatch.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QListWidget;

namespace Tepat {

// File › Reports…: asks which report to write (Pengukuran Kinerja, Monitoring Triwulan, LKjIP
// chapter III), for which year and triwulan and which OPDs (all by default), as PDF or XLSX, on
// which paper, into which folder, in one file or one per OPD.
class ReportsDialog : public QDialog
{
    Q_OBJECT

public:
    struct Request
    {
        ReportScope::Kind kind = ReportScope::Kind::Lkjip;
        int year = 0;
        int quarter = 1;
        QList<qint64> opdIds; // empty: every OPD and the pemda
        ReportBatch::Format format = ReportBatch::Format::Pdf;
        PaperFormat::Size paper = PaperFormat::Size::A4;
        QString folder;
        bool split = true;

        // Where the files go: one per OPD into the folder, or one named after the kind and year.
        QString path() const;
    };

    ReportsDialog(const Cascade &cascade, const QString &folder, QWidget *parent = nullptr);

    Request request() const;

    QComboBox *kindBox() const { return m_kind; }
    QComboBox *yearBox() const { return m_year; }
    QComboBox *quarterBox() const { return m_quarter; }
    QCheckBox *allOpdsBox() const { return m_allOpds; }
    QListWidget *opdList() const { return m_opds; }
    QComboBox *formatBox() const { return m_format; }
    QComboBox *paperBox() const { return m_paper; }
    QLineEdit *folderEdit() const { return m_folder; }
    QCheckBox *splitBox() const { return m_split; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void update();
    void browse();

    QComboBox *m_kind;
    QComboBox *m_year;
    QComboBox *m_quarter;
    QCheckBox *m_allOpds;
    QListWidget *m_opds;
    QComboBox *m_format;
    QComboBox *m_paper;
    QLineEdit *m_folder;
    QCheckBox *m_split;
    QDialogButtonBox *m_buttons;
};

} // namespace Tepat
