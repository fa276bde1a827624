namespace Shop.Telegram; internal static class Placeholder {}
