using Shop.Storefront;

namespace Shop.Ingress;

/// <summary>What the Ingress itself says: the answers to what no worker takes, and the support relay, per language.</summary>
public sealed record IngressTexts(
    string Language,
    string UnknownCommand,
    string UnknownStaffCommand,
    string HomeButton,
    string StaleButton,
    string NothingToCancel,
    string QuestionPassedOn,
    string QuestionForStaff,
    string ReplyButton,
    string AskReply,
    string ReplySent,
    string ReplyNotSent,
    string AnswerFromShop,
    string StaffOnly,
    string StaffMenu,
    string ContactShared)
{
    public static readonly IngressTexts English = new(
        Language: "en",
        UnknownCommand: "I don't know /{0}. /help shows what I can do.",
        UnknownStaffCommand: "I don't know /{0}. Your commands:",
        HomeButton: "🏠 Home",
        StaleButton: "This button is no longer valid.",
        NothingToCancel: "There is nothing to cancel.",
        QuestionPassedOn: "✉️ Thanks, your message was passed on to the shop. They will answer you here.",
        QuestionForStaff: "💬 Message from {0} (id {1}):\n\n{2}",
        ReplyButton: "↩️ Reply",
        AskReply: "Write your answer to {0}; it goes to them as it is. /cancel sends nothing.",
        ReplySent: "✅ Sent to {0}.",
        ReplyNotSent: "Nothing was sent.",
        AnswerFromShop: "💬 The shop answers:\n\n{0}",
        StaffOnly: "This is for the shop's staff only.",
        StaffMenu: "You run this shop; nothing is waiting for your text right now. Your commands:",
        ContactShared: "[shared a contact: {0}]");

    public static readonly IngressTexts Russian = new(
        Language: "ru",
        UnknownCommand: "Я не знаю команду /{0}. /help покажет, что я умею.",
        UnknownStaffCommand: "Я не знаю команду /{0}. Ваши команды:",
        HomeButton: "🏠 Главная",
        StaleButton: "Эта кнопка больше не действует.",
        NothingToCancel: "Отменять нечего.",
        QuestionPassedOn: "✉️ Спасибо, ваше сообщение передано магазину. Вам ответят здесь.",
        QuestionForStaff: "💬 Сообщение от {0} (id {1}):\n\n{2}",
        ReplyButton: "↩️ Ответить",
        AskReply: "Напишите ответ для {0}; он уйдёт как есть. /cancel — ничего не отправлять.",
        ReplySent: "✅ Отправлено: {0}.",
        ReplyNotSent: "Ничего не отправлено.",
        AnswerFromShop: "💬 Ответ магазина:\n\n{0}",
        StaffOnly: "Это только для сотрудников магазина.",
        StaffMenu: "Вы ведёте этот магазин; сейчас ничто не ждёт вашего текста. Ваши команды:",
        ContactShared: "[поделился контактом: {0}]");

    public static IngressTexts For(string? languageCode) => Languages.IsRussian(languageCode) ? Russian : English;
}
