dependencies {
    implementation("org.apache.logging.log4j:log4j-core:2.14.1")
    api("com.example:widget:1.4")
    implementation(libs.guava)
}
