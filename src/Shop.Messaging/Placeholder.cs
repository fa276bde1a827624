namespace Shop.Messaging; internal static class Placeholder {}
