#include "values/NomenklaturCode.h"

#include <QHashFunctions>

#include <algorithm>
#include <iterator>

namespace Tepat {

namespace {

// What each dot-separated part must look like, in order. Messages take the part as %1.
struct PartRule
{
    qsizetype digits;
    qsizetype olderDigits; // also accepted: two-digit sub kegiatan in data before 050-5889/2021
    int maxValue;
    const char *wrongLength;
    const char *outOfRange; // nullptr: wrongLength already says which values are allowed
};

const PartRule partRules[] = {
    {1,
     0,
     9,
     QT_TRANSLATE_NOOP("Tepat::NomenklaturCode",
                       "the urusan \"%1\" must be one digit from 1 to 9."),
     nullptr},
    {2,
     0,
     99,
     QT_TRANSLATE_NOOP("Tepat::NomenklaturCode",
                       "the bidang \"%1\" must have 2 digits, as in 1.02."),
     QT_TRANSLATE_NOOP("Tepat::NomenklaturCode",
                       "the bidang \"%1\" does not exist: bidang are numbered from 01.")},
    {2,
     0,
     99,
     QT_TRANSLATE_NOOP("Tepat::NomenklaturCode",
                       "the program \"%1\" must have 2 digits, as in 1.02.02."),
     QT_TRANSLATE_NOOP("Tepat::NomenklaturCode",
                       "the program \"%1\" does not exist: programs are numbered from 01.")},
    {1,
     0,
     2,
     QT_TRANSLATE_NOOP(
         "Tepat::NomenklaturCode",
         "the kegiatan level digit \"%1\" must be 1 (provinsi) or 2 (kabupaten/kota)."),
     nullptr},
    {2,
     0,
     99,
     QT_TRANSLATE_NOOP("Tepat::NomenklaturCode",
                       "the kegiatan \"%1\" must have 2 digits, as in 1.02.02.2.01."),
     QT_TRANSLATE_NOOP("Tepat::NomenklaturCode",
                       "the kegiatan \"%1\" does not exist: kegiatan are numbered from 01.")},
    {4,
     2,
     9999,
     QT_TRANSLATE_NOOP("Tepat::NomenklaturCode",
                       "the sub kegiatan \"%1\" must have 4 digits (2 in older data), as in "
                       "1.02.02.2.01.0001."),
     QT_TRANSLATE_NOOP("Tepat::NomenklaturCode",
                       "the sub kegiatan \"%1\" does not exist: sub kegiatan are numbered from "
                       "0001.")},
};

QString translated(const char *sourceText)
{
    return QCoreApplication::translate("Tepat::NomenklaturCode", sourceText);
}

constexpr qsizetype maxParts = std::size(partRules);
constexpr qsizetype kegiatanLevelPart = 3;

} // namespace

NomenklaturCode::NomenklaturCode(QStringList parts)
    : m_parts(std::move(parts))
{}

Result<NomenklaturCode> NomenklaturCode::parse(QStringView text)
{
    const auto reject = [text](const QString &why) {
        const QString message
            = tr("\"%1\" is not a nomenklatur code: %2").arg(text.toString(), why);
        return fail(Error(Error::Code::Parse, message));
    };

    const QStringView code = text.trimmed();
    if (code.isEmpty())
        return reject(tr("it is empty."));
    const qsizetype offset = code.data() - text.data();
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code[i];
        const QString at = QString::number(offset + i + 1);
        if (c != u'.' && (c < u'0' || c > u'9')) {
            return reject(
                tr("\"%1\" at position %2 is neither a digit nor a dot.").arg(QString(c), at));
        }
        if (c != u'.')
            continue;
        if (i == 0)
            return reject(tr("it starts with a dot."));
        if (i == code.size() - 1)
            return reject(tr("it ends with a dot."));
        if (code[i - 1] == u'.')
            return reject(tr("there are two dots in a row at position %1.").arg(at));
    }

    const QStringList parts = code.toString().split(u'.');
    if (parts.size() > maxParts) {
        return reject(tr("it has %1 parts, but a sub kegiatan code has at most %2 "
                         "(U.BB.PP.K.KK.SSSS).")
                          .arg(QString::number(parts.size()), QString::number(maxParts)));
    }
    if (parts.size() == kegiatanLevelPart + 1) {
        return reject(tr("a kegiatan needs its number after the level digit \"%1\", as in "
                         "1.02.02.2.01.")
                          .arg(parts.last()));
    }
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const PartRule &rule = partRules[i];
        const QString &part = parts[i];
        if (part.size() != rule.digits && part.size() != rule.olderDigits)
            return reject(translated(rule.wrongLength).arg(part));
        const int value = part.toInt();
        if (value < 1 || value > rule.maxValue)
            return reject(
                translated(rule.outOfRange ? rule.outOfRange : rule.wrongLength).arg(part));
    }
    return NomenklaturCode(parts);
}

NomenklaturCode::Level NomenklaturCode::level() const
{
    switch (m_parts.size()) {
    case 1:
        return Level::Urusan;
    case 2:
        return Level::Bidang;
    case 3:
        return Level::Program;
    case 5:
        return Level::Kegiatan;
    default:
        return Level::SubKegiatan;
    }
}

bool NomenklaturCode::isPrefixOf(const NomenklaturCode &other) const
{
    return m_parts.size() <= other.m_parts.size()
        && std::equal(m_parts.cbegin(), m_parts.cend(), other.m_parts.cbegin());
}

NomenklaturCode NomenklaturCode::parent() const
{
    if (m_parts.size() == 1)
        return *this;
    // The kegiatan's level digit and number are one level; dropping only the number would leave
    // a code no parser accepts.
    const qsizetype drop = level() == Level::Kegiatan ? 2 : 1;
    return NomenklaturCode(m_parts.first(m_parts.size() - drop));
}

int NomenklaturCode::part(qsizetype index) const
{
    return index < m_parts.size() ? m_parts[index].toInt() : 0;
}

size_t qHash(const NomenklaturCode &code, size_t seed) noexcept
{
    return qHash(code.toString(), seed);
}

} // namespace Tepat
