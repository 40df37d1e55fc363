#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace mq::client {

// A venue layout read from a JSON file and checked on this computer before it is sent, with the
// rules of admin.createVenue (PROTOCOL.md "Reserved seating" and our seat attributes). A file is
// either the params of admin.createVenue, {name, layout}, or a bare layout {focus?, sections}.
class VenueLayoutFile
{
    Q_DECLARE_TR_FUNCTIONS(mq::client::VenueLayoutFile)
public:
    static constexpr int MaxSeats = 100'000;
    static constexpr int MaxNoteLength = 200;
    static constexpr int MaxLabelLength = 64; // section names, row and seat labels
    static constexpr int MaxNameLength = 200;
    static constexpr qint64 MaxFileBytes = 32 * 1024 * 1024; // the largest frame a manager may send

    // One thing wrong with a layout: where (the protocol's path, as a 422's data.field names it,
    // e.g. "layout.sections[0].rows[2].seats[5].label") and what, for people.
    struct Problem
    {
        QString field;
        QString message;
    };

    struct Counts
    {
        int sections = 0;
        int rows = 0;
        int seats = 0;
        int accessible = 0;
        int companion = 0;
        int restrictedView = 0;
        int withNote = 0;
    };

    // Reads and parses the file. False with a sentence in *error when it is not a readable JSON
    // venue layout at all; layout problems are left to check().
    bool read(const QString &path, QString *error);
    // The same from text already in memory (`origin` names it in messages).
    bool parse(const QByteArray &json, const QString &origin, QString *error);

    QString path() const { return m_path; }
    // The venue's name as the file gives it; empty for a bare layout.
    QString name() const { return m_name; }
    bool hasName() const { return !m_name.isEmpty(); }
    QJsonObject layout() const { return m_layout; }

    // Everything wrong with the layout, in file order; at most `limit` problems are listed.
    static QList<Problem> check(const QJsonObject &layout, int limit = 200);
    static Counts count(const QJsonObject &layout);

    // A place in a layout in words, using the names in it:
    // "layout.sections[0].rows[2].seats[5].label" → "Stalls, row C, seat 6 (“6”): label".
    static QString describe(const QString &field, const QJsonObject &layout);
    // The server's message for a field of the layout, with the place in words first.
    static QString describeProblem(const QString &field, const QString &message,
                                   const QJsonObject &layout);

private:
    QString m_path;
    QString m_name;
    QJsonObject m_layout;
};

} // namespace mq::client
