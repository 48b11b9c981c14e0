#pragma once

#include "base/Result.h"
#include "values/Decimal.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Tepat {

// The scale that names a capaian: "≥ 91 Sangat Baik, ≥ 76 Baik, …". No regulation fixes one, so
// the scales are data (core/data/kategori-scales.json) and a workspace keeps and may edit its own
// copy. Invariant: at least one band; bands are ordered best first with strictly falling lower
// bounds; only the last band may lack a lower bound, and then it takes everything below.
class KategoriScale
{
    Q_DECLARE_TR_FUNCTIONS(Tepat::KategoriScale)

public:
    struct Band
    {
        QString label;
        std::optional<Decimal> from; // none: everything below the band above
        bool inclusive = true;       // capaian ≥ from; false: capaian > from
        QString colour;              // "#rrggbb", the background of a capaian cell

        bool reaches(const Decimal &capaian) const
        {
            return !from || capaian > *from || (inclusive && capaian == *from);
        }
        friend bool operator==(const Band &, const Band &) = default;
    };

    // The five-level LKjIP scale, the default of a new workspace.
    KategoriScale();

    // The scales Tepat ships, in the file's order: lkjip-5, lkjip-6, lampu-lalu-lintas.
    static const QList<KategoriScale> &builtIn();
    // Checks the invariant; the message names the band.
    static Result<KategoriScale> make(QString id, QString name, QList<Band> bands);

    QString id() const { return m_id; }
    QString name() const { return m_name; }
    const QList<Band> &bands() const { return m_bands; }
    // The index of the first band the capaian reaches; nullopt when the last band has a lower
    // bound the capaian stays under.
    std::optional<int> bandOf(const Decimal &capaian) const;

    // The form of the data file, which the workspace file and its JSON store as well; bounds are
    // Indonesian number text ("75,5") like every number of the workspace's JSON.
    QJsonObject toJson() const;
    static Result<KategoriScale> fromJson(const QJsonObject &json);

    friend bool operator==(const KategoriScale &, const KategoriScale &) = default;

private:
    KategoriScale(QString id, QString name, QList<Band> bands);
    static QList<KategoriScale> load();

    QString m_id;
    QString m_name;
    QList<Band> m_bands;
};

} // namespace Tepat
