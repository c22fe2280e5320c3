val jacksonVersion: String = "2.10.0"

dependencies {
    implementation("org.apache.logging.log4j:log4j-core:2.14.1")
    api("com.example:widget:1.4")
    implementation(libs.guava)
    implementation("com.fasterxml.jackson.core:jackson-databind:$jacksonVersion")
}
