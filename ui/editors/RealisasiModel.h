#pragma once

#include "common/PastableModel.h"
#include "measure/Capaian.h"

#include <QAbstractTableModel>

namespace Tepat {

class WorkspaceDocument;

// The realisasi of one PK, one row per indicator: its satuan, metode and year's target, the
// realisasi of TW I to TW IV, and for the triwulan chosen with setQuarter() the quarter's target,
// the capaian s.d. that triwulan with its kategori (the cell coloured by the kategori, and the
// kategori written beside it), kendala, tindak lanjut and bukti; then the year's analisis (faktor
// pendukung, faktor penghambat, upaya peningkatan) for the LKjIP. Reads the document live, and
// computes capaian with the workspace's settings again for the rows an edit touches. Every edit
// and every paste is an undo command; a cell that is neither a number nor a grade of the target's
// scale is refused with the reason (rejected()).
class RealisasiModel : public QAbstractTableModel, public PastableModel
{
    Q_OBJECT

public:
    enum Column {
        IndicatorColumn,
        SatuanColumn,
        MetodeColumn,
        TargetColumn,
        Realisasi1Column,
        Realisasi2Column,
        Realisasi3Column,
        Realisasi4Column,
        QuarterTargetColumn,
        CapaianColumn,
        KategoriColumn,
        KendalaColumn,
        TindakLanjutColumn,
        BuktiColumn,
        FaktorPendukungColumn,
        FaktorPenghambatColumn,
        UpayaPeningkatanColumn,
        ColumnCount
    };
    // The band colour of a capaian or kategori cell, "#rrggbb"; empty when there is none.
    static constexpr int KategoriColourRole = Qt::UserRole + 1;

    explicit RealisasiModel(WorkspaceDocument *document, QObject *parent = nullptr);

    void setPk(qint64 pkId);
    qint64 pkId() const { return m_pkId; }
    // The triwulan whose target, capaian, kendala, tindak lanjut and bukti the row shows.
    void setQuarter(int quarter);
    int quarter() const { return m_quarter; }
    qint64 indicatorAt(int row) const { return m_indicators.value(row); }
    int rowOf(qint64 indicatorId) const { return int(m_indicators.indexOf(indicatorId)); }
    const Capaian &capaianAt(int row) const { return m_capaian[row]; }
    const QList<Capaian> &capaian() const { return m_capaian; }
    // The triwulan of a realisasi column, 0 for any other column.
    static int quarterOfColumn(int column);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool pasteCells(const QModelIndex &start, const QList<QStringList> &cells) override;

signals:
    void rejected(const QString &message);
    // The capaian of some rows changed; a summary above the table reads capaian() again.
    void measured();

private:
    void reload();
    void remeasure(int row);
    void remeasureAll();
    int year() const;
    // Applies one typed or pasted cell to a copy of the indicator's realisasi; the reason when the
    // text is refused.
    std::optional<QString> apply(int row, int column, const QString &text, Realisasi &realisasi);
    void push(int row, const Realisasi &after, const QString &field);

    WorkspaceDocument *m_document;
    qint64 m_pkId = 0;
    int m_quarter = 1;
    QList<qint64> m_indicators;
    QList<Capaian> m_capaian;
};

} // namespace Tepat
