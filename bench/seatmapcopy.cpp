#include "seatmapcopy.h"

#include "shared/jsonfields.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;

std::shared_ptr<const SeatVenue> SeatVenue::fromVenueJson(const QJsonObject &venue)
{
    auto v = std::make_shared<SeatVenue>();
    const QJsonArray sections = venue.value(u"sections"_s).toArray();
    for (const QJsonValue &section : sections) {
        const QJsonArray rows = section.toObject().value(u"rows"_s).toArray();
        for (const QJsonValue &row : rows) {
            const QJsonArray seats = row.toObject().value(u"seats"_s).toArray();
            const int begin = int(v->m_ids.size());
            const int end = begin + int(seats.size());
            for (const QJsonValue &seat : seats) {
                const QJsonObject s = seat.toObject();
                v->m_ids.push_back(mq::jsonInteger(s.value(u"id"_s)).value_or(0));
                v->m_rowBegin.push_back(begin);
                v->m_rowEnd.push_back(end);
                v->m_accessible.push_back(s.value(u"accessible"_s).toBool() ? 1 : 0);
            }
            ++v->m_rows;
        }
    }
    if (v->m_ids.empty())
        return nullptr;
    v->m_firstId = v->m_ids.front();
    for (size_t i = 0; i < v->m_ids.size(); ++i) {
        if (v->m_ids[i] != v->m_firstId + mq::Id(i)) {
            v->m_contiguous = false;
            break;
        }
    }
    if (!v->m_contiguous) {
        v->m_index.reserve(qsizetype(v->m_ids.size()));
        for (size_t i = 0; i < v->m_ids.size(); ++i)
            v->m_index.insert(v->m_ids[i], int(i));
    }
    return v;
}

int SeatVenue::indexOf(mq::Id id) const
{
    if (m_contiguous) {
        const mq::Id i = id - m_firstId;
        return i >= 0 && i < mq::Id(m_ids.size()) ? int(i) : -1;
    }
    return m_index.value(id, -1);
}

SeatMapCopy::SeatMapCopy(std::shared_ptr<const SeatVenue> venue)
    : m_venue(std::move(venue)),
      m_status(size_t(m_venue->size()), mq::SeatStatus::NotOnSale),
      m_category(size_t(m_venue->size()), 0),
      m_freePos(size_t(m_venue->size()), -1)
{
}

bool SeatMapCopy::load(const QJsonObject &r)
{
    const QString status = r.value(u"status"_s).toString();
    const QJsonArray categories = r.value(u"categories"_s).toArray();
    if (status.size() != m_venue->size() || categories.size() != m_venue->size())
        return false;
    for (int i = 0; i < m_venue->size(); ++i)
        set(i, char(status.at(i).unicode()), mq::jsonInteger(categories.at(i)).value_or(0));
    m_version = mq::jsonInteger(r.value(u"version"_s)).value_or(1);
    // Buffered pushes the map already contains are dropped; later ones apply in order.
    while (!m_pending.isEmpty() && m_pending.firstKey() <= m_version)
        m_pending.erase(m_pending.begin());
    while (!m_pending.isEmpty() && m_pending.firstKey() == m_version + 1) {
        apply(m_pending.first());
        m_version = m_pending.firstKey();
        m_pending.erase(m_pending.begin());
    }
    return true;
}

int SeatMapCopy::push(const QJsonObject &params)
{
    const qint64 version = mq::jsonInteger(params.value(u"version"_s)).value_or(0);
    if (version <= m_version && m_version > 0)
        return 0; // already in the map (fetched after it was made)
    m_pending.insert(version, params.value(u"seats"_s).toArray());
    if (m_version == 0)
        return 0; // no map yet
    int applied = 0;
    while (!m_pending.isEmpty() && m_pending.firstKey() == m_version + 1) {
        apply(m_pending.first());
        m_version = m_pending.firstKey();
        m_pending.erase(m_pending.begin());
        ++applied;
    }
    return applied;
}

void SeatMapCopy::apply(const QJsonArray &seats)
{
    for (const QJsonValue &value : seats) {
        const QJsonObject s = value.toObject();
        const int i = m_venue->indexOf(mq::jsonInteger(s.value(u"id"_s)).value_or(0));
        if (i < 0)
            continue;
        const QString st = s.value(u"status"_s).toString();
        set(i, st.isEmpty() ? mq::SeatStatus::NotOnSale : char(st.at(0).unicode()),
            mq::jsonInteger(s.value(u"ticketTypeId"_s)).value_or(0));
    }
    ++m_applied;
}

void SeatMapCopy::set(int index, char status, mq::Id category)
{
    const size_t i = size_t(index);
    const bool counted = !m_venue->accessible(index);
    if (counted && isFree(index))
        --m_freeByCategory[m_category[i]];
    m_category[i] = category;
    place(index, status);
    if (counted && isFree(index))
        ++m_freeByCategory[m_category[i]];
}

void SeatMapCopy::setStatus(int index, char status)
{
    set(index, status, m_category[size_t(index)]);
}

void SeatMapCopy::place(int index, char status)
{
    const size_t i = size_t(index);
    m_status[i] = status;
    const bool free = status == mq::SeatStatus::Available;
    const int pos = m_freePos[i];
    if (free && pos < 0) {
        m_freePos[i] = int(m_free.size());
        m_free.push_back(index);
    } else if (!free && pos >= 0) {
        const int last = m_free.back();
        m_free[size_t(pos)] = last;
        m_freePos[size_t(last)] = pos;
        m_free.pop_back();
        m_freePos[i] = -1;
    }
}

int SeatMapCopy::randomFree() const
{
    if (m_free.empty())
        return -1;
    return m_free[size_t(QRandomGenerator::global()->bounded(int(m_free.size())))];
}
