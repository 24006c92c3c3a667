# The SgGrid silo image: multi-stage (SDK to build, ASP.NET runtime to run), running as the image's non-root user.
#   docker build -t sggrid/silo:latest .
# In Kubernetes the manifests in k8s/ set the clustering, storage and tenants through environment variables.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props NuGet.config .editorconfig ./
COPY src/ src/
RUN dotnet publish src/SgGrid.Silo/SgGrid.Silo.csproj -c Release -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
# The ECS/VPC endpoint, health and metrics; silo-to-silo; the Orleans gateway.
EXPOSE 8080 11111 30000
ENV ASPNETCORE_URLS=http://0.0.0.0:8080 \
    DOTNET_gcServer=1
# UID 1654 ("app"), the non-root user of the .NET images; k8s/ runs the pod as this user.
USER 1654
ENTRYPOINT ["dotnet", "SgGrid.Silo.dll", "--no-sample"]
