namespace Shop.Contracts; internal static class Placeholder {}
