#pragma once

#include <QByteArray>

#include <optional>
#include <vector>

namespace Tepat {

// The number and generation of an indirect PDF object: "12 0 R".
struct PdfReference
{
    int number = 0;
    int generation = 0;

    bool isNull() const { return number <= 0; }
    friend bool operator==(const PdfReference &, const PdfReference &) = default;
};

// One PDF object as ISO 32000 writes it: null, a boolean, a number, a string, a name, an array,
// a dictionary or a reference to an indirect object. Enough of PDF to read a catalog, a page and
// a signature dictionary and to write them back changed; a stream's data stays in the file and
// only its dictionary is read. Numbers keep the text they were written with, so an object read
// and written again says exactly what it said before. Dictionaries keep their order.
class PdfObject
{
public:
    enum class Type { Null, Boolean, Integer, Real, String, Name, Array, Dictionary, Reference };

    PdfObject() = default;
    static PdfObject boolean(bool value);
    static PdfObject integer(qint64 value);
    static PdfObject real(double value);
    static PdfObject number(const QByteArray &text); // as read: "612", "-0.5"
    static PdfObject string(const QByteArray &bytes, bool hex = false);
    static PdfObject name(const QByteArray &name); // without the slash, # escapes decoded
    static PdfObject array(std::vector<PdfObject> items = {});
    static PdfObject dictionary();
    static PdfObject reference(PdfReference reference);
    // The characters that end a token in PDF syntax (ISO 32000-1, 7.2.2) besides white space.
    static bool isDelimiter(char c);

    Type type() const { return m_type; }
    bool isNull() const { return m_type == Type::Null; }
    bool isDictionary() const { return m_type == Type::Dictionary; }
    bool isArray() const { return m_type == Type::Array; }
    bool isReference() const { return m_type == Type::Reference; }
    bool isName(const char *name) const;

    bool toBool() const { return m_boolean; }
    qint64 toInteger() const;
    double toReal() const;
    // The string's bytes, or the name without its slash.
    const QByteArray &bytes() const { return m_text; }
    PdfReference toReference() const { return m_reference; }

    const std::vector<PdfObject> &items() const { return m_items; }
    void append(PdfObject item);

    // Dictionary entries, in order; value() of a missing key is a null object.
    const std::vector<QByteArray> &keys() const { return m_keys; }
    const PdfObject &value(const char *key) const;
    bool contains(const char *key) const;
    void set(const QByteArray &key, PdfObject value);
    void remove(const char *key);

    // PDF syntax, on one line for short objects.
    QByteArray serialize() const;

private:
    Type m_type = Type::Null;
    bool m_boolean = false;
    bool m_hex = false;
    QByteArray m_text; // number text, string bytes or name
    PdfReference m_reference;
    std::vector<PdfObject> m_items; // array items, or dictionary values in key order
    std::vector<QByteArray> m_keys;
};

} // namespace Tepat
