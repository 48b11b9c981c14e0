#pragma once

#include "base/Result.h"
#include "values/Decimal.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>

namespace Tepat {

// Reads and writes numbers the way Indonesian documents do: decimal comma, thousands dot,
// "Rp" in front of money and "%" behind percentages. Reading is forgiving about the forms real
// sheets contain (English "1,250,000.50", "Rp. 4.100.832.755", "150.000,-"); writing always
// gives the one Indonesian form, which parse() reads back to the same value.
class IndonesianNumber
{
    Q_DECLARE_TR_FUNCTIONS(Tepat::IndonesianNumber)

public:
    enum class RupiahStyle {
        Puebi,  // Rp1.250.000.000,00, the spelling rule book's form
        Spaced, // Rp 1.250.000.000, the form most documents use
        Dotted, // Rp. 1.250.000.000, common in older documents
    };

    // Returns the number as written: "12,5 %" is 12,5, not 0,125, and "Rp 1.000" is 1000.
    // Fails with Error::Code::Parse and a sentence that quotes the text and names the position.
    static Result<Decimal> parse(QStringView text);

    // maxDecimals rounds half away from zero; -1 keeps every decimal. minDecimals pads with zeros.
    static QString format(const Decimal &value, int minDecimals = 0, int maxDecimals = -1);
    // Without cents the amount is rounded to whole rupiah.
    static QString formatRupiah(const Decimal &value,
                                RupiahStyle style = RupiahStyle::Spaced,
                                bool withCents = false);
    static QString formatPercent(const Decimal &value);
};

} // namespace Tepat
