#include "check/rules/PkProgramNoAnggaranRule.h"

#include "check/CheckContext.h"

namespace Tepat {

LocalizedText PkProgramNoAnggaranRule::title() const
{
    return {QStringLiteral("Program PK tanpa anggaran"),
            QStringLiteral("PK program without anggaran")};
}

void PkProgramNoAnggaranRule::check(const CheckContext &context,
                                    qint64 subjectId,
                                    QList<Finding> &findings) const
{
    const PkDocument &pk = *context.cascade().pk(subjectId);
    QStringList rows;
    for (const PkProgram &program : pk.programs) {
        if (program.anggaran.isZero())
            rows.append(QStringLiteral("\"%1\"").arg(program.code.isEmpty() ? program.name
                                                                            : program.code
                                                             + QLatin1Char(' ') + program.name));
    }
    if (rows.isEmpty())
        return;
    const QString listed = rows.join(QStringLiteral(", "));
    findings.append(finding(
        subjectId,
        Finding::Field::anggaran,
        {QStringLiteral("Baris program/kegiatan tanpa anggaran: %1.").arg(listed),
         QStringLiteral("Program/kegiatan rows without anggaran: %1.").arg(listed)},
        {QStringLiteral("Isi anggaran sesuai DPA, atau hapus baris yang tidak didanai."),
         QStringLiteral("Enter the anggaran from the DPA, or remove rows that are not funded.")}));
}

} // namespace Tepat
