#include "admin/eventform.h"

#include "widgets/categories.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace mq::client {

EventForm::EventForm(ServerConnection *connection, QWidget *parent)
    : CatalogForm(connection, parent)
{
    setObjectName(u"eventForm"_s);
    m_heading = new QLabel(this);
    m_heading->setProperty("role", u"subheading"_s);

    m_title = new QLineEdit(this);
    m_title->setObjectName(u"titleLineEdit"_s);
    m_title->setPlaceholderText(tr("e.g. Jazz at the Bund"));
    m_title->setMaxLength(200);
    m_category = new QComboBox(this);
    m_category->setObjectName(u"categoryComboBox"_s);
    for (const QString &category : Categories::all())
        m_category->addItem(Categories::icon(category), Categories::label(category), category);
    m_description = new QPlainTextEdit(this);
    m_description->setObjectName(u"descriptionPlainTextEdit"_s);
    m_description->setTabChangesFocus(true);
    m_description->setPlaceholderText(tr("What people should know before they buy"));
    m_description->setMinimumHeight(56);
    m_description->setMaximumHeight(80);

    m_delete = new QPushButton(tr("Delete event"), this);
    m_delete->setObjectName(u"deleteEventPushButton"_s);
    m_save = new QPushButton(tr("Save event"), this);
    m_save->setObjectName(u"saveEventPushButton"_s);

    auto *form = newFieldLayout();
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    addField(form, u"title"_s, tr("&Title"), m_title);
    addField(form, u"category"_s, tr("Categor&y"), m_category);
    addField(form, u"description"_s, tr("&Description"), m_description);

    arrange(m_heading, form, m_delete, m_save);

    connect(m_save, &QPushButton::clicked, this, &EventForm::save);
    connect(m_delete, &QPushButton::clicked, this, &EventForm::remove);
    startNew();
}

void EventForm::setEvent(const Event &event)
{
    clearErrors();
    m_event = event;
    m_heading->setText(tr("Event"));
    m_title->setText(event.title);
    m_category->setCurrentIndex(qMax(0, m_category->findData(event.category)));
    m_description->setPlainText(event.description);
    updateEnabled();
}

void EventForm::startNew()
{
    clearErrors();
    m_event = Event();
    m_heading->setText(tr("New event"));
    m_title->clear();
    m_category->setCurrentIndex(0);
    m_description->clear();
    updateEnabled();
}

void EventForm::focusFirstField()
{
    m_title->setFocus();
    m_title->selectAll();
}

void EventForm::updateEnabled()
{
    m_delete->setVisible(m_event.id > 0); // nothing to delete while creating
    m_save->setText(m_event.id > 0 ? tr("Save event") : tr("Create event"));
}

void EventForm::save()
{
    clearErrors();
    if (m_title->text().trimmed().isEmpty()) {
        showFieldError(u"title"_s, tr("Enter a title."));
        return;
    }
    QJsonObject params{{u"title"_s, m_title->text().trimmed()},
                       {u"category"_s, m_category->currentData().toString()},
                       {u"description"_s, m_description->toPlainText()}};
    const bool creating = m_event.id == 0;
    if (!creating)
        params.insert(u"id"_s, m_event.id);
    request(creating ? Method::AdminCreateEvent : Method::AdminUpdateEvent, params,
            creating ? tr("Creating the event…") : tr("Saving the event…"),
            [this, creating](const QJsonObject &result) {
                const Event event = Event::fromJson(result.value(u"event"_s).toObject());
                setEvent(event);
                setMessage(creating ? tr("Event created.") : tr("Event saved."), false);
                Q_EMIT statusMessage(creating ? tr("Created “%1”.").arg(event.title)
                                              : tr("Saved “%1”.").arg(event.title));
                Q_EMIT eventSaved(event, creating);
            });
}

void EventForm::remove()
{
    if (m_event.id == 0 || isBusy())
        return;
    const Event event = m_event;
    confirmDelete(tr("Delete the event “%1”?").arg(event.title),
                  tr("Its %Ln performance(s) and their ticket types are deleted with it. "
                     "This cannot be undone.",
                     nullptr, int(event.performances.size())),
                  [this, event] {
                      request(Method::AdminDeleteEvent, {{u"id"_s, event.id}},
                              tr("Deleting the event…"), [this, event](const QJsonObject &) {
                                  Q_EMIT statusMessage(tr("Deleted “%1”.").arg(event.title));
                                  Q_EMIT eventDeleted(event.id);
                              });
                  });
}

} // namespace mq::client
