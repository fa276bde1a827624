# One image per worker: docker build --build-arg PROJECT=Shop.Cart -t shop-cart .
ARG PROJECT=

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
ARG PROJECT
RUN test -n "$PROJECT" || { echo "pass --build-arg PROJECT=<a folder under src/, e.g. Shop.Cart>" >&2; exit 1; }
WORKDIR /repo
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/ src/
RUN dotnet restore "src/$PROJECT/$PROJECT.csproj"
RUN dotnet publish "src/$PROJECT/$PROJECT.csproj" -c Release --no-restore -o /app -p:UseAppHost=false

FROM mcr.microsoft.com/dotnet/aspnet:10.0
ARG PROJECT
ENV PROJECT=$PROJECT \
    ASPNETCORE_HTTP_PORTS=8080
WORKDIR /app
COPY --from=build /app ./
USER $APP_UID
EXPOSE 8080
# exec: dotnet becomes PID 1 and gets the stop signal itself.
ENTRYPOINT ["/bin/sh", "-c", "exec dotnet \"/app/$PROJECT.dll\" \"$@\"", "--"]
